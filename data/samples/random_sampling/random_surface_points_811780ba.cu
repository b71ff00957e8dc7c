// Warp 1.19.0 cuda code for random_surface_points_811780ba.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// random_surface_points.py:65
static CUDA_CALLABLE wp::float32 plane_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_offset)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                                  <L 66>
    // return wp.dot(p, n) - offset                                                           <L 67>
    var_0 = wp::dot(var_p, var_n);
    var_1 = wp::sub(var_0, var_offset);
    return var_1;
}


// random_surface_points.py:65
static CUDA_CALLABLE void adj_plane_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_offset,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_offset,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                                  <L 66>
    // return wp.dot(p, n) - offset                                                           <L 67>
    var_0 = wp::dot(var_p, var_n);
    var_1 = wp::sub(var_0, var_offset);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_0, var_offset, adj_0, adj_offset, adj_1);
    wp::adj_dot(var_p, var_n, adj_p, adj_n, adj_0);
    // adj: return wp.dot(p, n) - offset                                                      <L 67>
    // adj: def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                             <L 66>
    return;
}



extern "C" __global__ void resample_0fc2b91a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::float32> var_pdf,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_strength,
    wp::int32 var_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::uint32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        const wp::float32 var_12 = -1.0;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        const wp::float32 var_15 = -1.0;
        const wp::float32 var_16 = 1.0;
        wp::float32 var_17;
        const wp::float32 var_18 = -1.0;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // forward
        // def resample(                                                                          <L 28>
        // tid = wp.tid()                                                                         <L 36>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 37>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 38>
            continue;
        }
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 39>
        var_5 = wp::rand_init(var_rng_seed, var_0);
        // scale = strength[0]                                                                    <L 40>
        var_7 = wp::address(var_strength, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // index = wp.sample_cdf(rng, pdf)                                                        <L 41>
        var_10 = wp::sample_cdf(var_5, var_pdf);
        // samples[tid] = x[index] + (wp.vec3(wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0))) * scale       <L 43>
        var_11 = wp::address(var_x, var_10);
        var_14 = wp::randf(var_5, var_12, var_13);
        var_17 = wp::randf(var_5, var_15, var_16);
        var_20 = wp::randf(var_5, var_18, var_19);
        var_21 = wp::vec_t<3, wp::float32>(var_14, var_17, var_20);
        var_22 = wp::mul(var_21, var_8);
        var_24 = wp::load(var_11);
        var_23 = wp::add(var_24, var_22);
        wp::array_store(var_samples, var_0, var_23);
    }
}



extern "C" __global__ void resample_0fc2b91a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::float32> var_pdf,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_strength,
    wp::int32 var_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::float32> adj_pdf,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_strength,
    wp::int32 adj_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::uint32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        const wp::float32 var_12 = -1.0;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        const wp::float32 var_15 = -1.0;
        const wp::float32 var_16 = 1.0;
        wp::float32 var_17;
        const wp::float32 var_18 = -1.0;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        //---------
        // forward
        // def resample(                                                                          <L 28>
        // tid = wp.tid()                                                                         <L 36>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 37>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 38>
            goto label0;
        }
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 39>
        var_5 = wp::rand_init(var_rng_seed, var_0);
        // scale = strength[0]                                                                    <L 40>
        var_7 = wp::address(var_strength, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // index = wp.sample_cdf(rng, pdf)                                                        <L 41>
        var_10 = wp::sample_cdf(var_5, var_pdf);
        // samples[tid] = x[index] + (wp.vec3(wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0))) * scale       <L 43>
        var_11 = wp::address(var_x, var_10);
        var_14 = wp::randf(var_5, var_12, var_13);
        var_17 = wp::randf(var_5, var_15, var_16);
        var_20 = wp::randf(var_5, var_18, var_19);
        var_21 = wp::vec_t<3, wp::float32>(var_14, var_17, var_20);
        var_22 = wp::mul(var_21, var_8);
        var_24 = wp::load(var_11);
        var_23 = wp::add(var_24, var_22);
        // wp::array_store(var_samples, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_23, adj_samples, adj_0, adj_23);
        wp::adj_add(var_24, var_22, adj_11, adj_22, adj_23);
        wp::adj_mul(var_21, var_8, adj_21, adj_8, adj_22);
        wp::adj_vec_t(var_14, var_17, var_20, adj_14, adj_17, adj_20, adj_21);
        wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
        // adj: samples[tid] = x[index] + (wp.vec3(wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0))) * scale  <L 43>
        // adj: index = wp.sample_cdf(rng, pdf)                                                   <L 41>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_strength, var_6, adj_strength, adj_6, adj_7);
        // adj: scale = strength[0]                                                               <L 40>
        // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 39>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 38>
        }
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: if active[tid] != 1:                                                              <L 37>
        // adj: tid = wp.tid()                                                                    <L 36>
        // adj: def resample(                                                                     <L 28>
        continue;
    }
}



extern "C" __global__ void estimate_volume_542870d2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_plane_offset,
    wp::int32 var_rng_seed,
    wp::int32 var_spp,
    wp::transform_t<wp::float32> var_collider_pose,
    wp::vec_t<3, wp::float32> var_up,
    wp::array_t<wp::float32> var_result,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::uint32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 8.0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        //---------
        // forward
        // def estimate_volume(                                                                   <L 71>
        // tid = wp.tid()                                                                         <L 81>
        var_0 = builtin_tid1d();
        // offset = plane_offset[0]                                                               <L 82>
        var_2 = wp::address(var_plane_offset, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // inside = int(0)                                                                        <L 83>
        var_6 = wp::int(var_5);
        // centroid = wp.vec3(0.0)                                                                <L 84>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        // for s in range(spp):                                                                   <L 85>
        var_9 = wp::range(var_spp);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // rng = wp.rand_init(rng_seed, tid * spp + s)                                        <L 87>
            var_11 = wp::mul(var_0, var_spp);
            var_12 = wp::add(var_11, var_10);
            var_13 = wp::rand_init(var_rng_seed, var_12);
            // p_local = wp.sample_unit_cube(rng)                                                 <L 88>
            var_14 = wp::sample_unit_cube(var_13);
            // p = wp.transform_point(collider_pose, p_local)                                     <L 90>
            var_15 = wp::transform_point(var_collider_pose, var_14);
            // if plane_sdf(p, up, offset) < 0.0:                                                 <L 91>
            var_16 = plane_sdf_0(var_15, var_up, var_3);
            var_18 = (var_16 < var_17);
            if (var_18) {
                // inside += 1                                                                    <L 92>
                var_20 = wp::add(var_6, var_19);
                // centroid += p                                                                  <L 93>
                var_21 = wp::add(var_8, var_15);
            }
            var_22 = wp::where(var_18, var_20, var_6);
            var_23 = wp::where(var_18, var_21, var_8);
            wp::assign(var_6, var_22);
            wp::assign(var_8, var_23);
            goto start_for_0;
        end_for_0:;
        // scale = 8.0 / float(wp.max(spp, 1))                                                    <L 95>
        var_26 = wp::max(var_spp, var_25);
        var_27 = wp::float(var_26);
        var_28 = wp::div(var_24, var_27);
        // wp.atomic_add(result, 0, scale * float(inside))                                        <L 96>
        var_30 = wp::float(var_6);
        var_31 = wp::mul(var_28, var_30);
        var_32 = wp::atomic_add(var_result, var_29, var_31);
        // wp.atomic_add(moment_out, 0, centroid * scale)                                         <L 97>
        var_34 = wp::mul(var_8, var_28);
        var_35 = wp::atomic_add(var_moment_out, var_33, var_34);
    }
}



extern "C" __global__ void estimate_volume_542870d2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_plane_offset,
    wp::int32 var_rng_seed,
    wp::int32 var_spp,
    wp::transform_t<wp::float32> var_collider_pose,
    wp::vec_t<3, wp::float32> var_up,
    wp::array_t<wp::float32> var_result,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment_out,
    wp::array_t<wp::float32> adj_plane_offset,
    wp::int32 adj_rng_seed,
    wp::int32 adj_spp,
    wp::transform_t<wp::float32> adj_collider_pose,
    wp::vec_t<3, wp::float32> adj_up,
    wp::array_t<wp::float32> adj_result,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_moment_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::uint32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 8.0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::uint32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        //---------
        // forward
        // def estimate_volume(                                                                   <L 71>
        // tid = wp.tid()                                                                         <L 81>
        var_0 = builtin_tid1d();
        // offset = plane_offset[0]                                                               <L 82>
        var_2 = wp::address(var_plane_offset, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // inside = int(0)                                                                        <L 83>
        var_6 = wp::int(var_5);
        // centroid = wp.vec3(0.0)                                                                <L 84>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        // for s in range(spp):                                                                   <L 85>
        var_9 = wp::range(var_spp);
        // scale = 8.0 / float(wp.max(spp, 1))                                                    <L 95>
        var_26 = wp::max(var_spp, var_25);
        var_27 = wp::float(var_26);
        var_28 = wp::div(var_24, var_27);
        // wp.atomic_add(result, 0, scale * float(inside))                                        <L 96>
        var_30 = wp::float(var_6);
        var_31 = wp::mul(var_28, var_30);
        // var_32 = wp::atomic_add(var_result, var_29, var_31);
        // wp.atomic_add(moment_out, 0, centroid * scale)                                         <L 97>
        var_34 = wp::mul(var_8, var_28);
        // var_35 = wp::atomic_add(var_moment_out, var_33, var_34);
        //---------
        // reverse
        wp::adj_atomic_add(var_moment_out, var_33, var_34, adj_moment_out, adj_33, adj_34, adj_35);
        wp::adj_mul(var_8, var_28, adj_8, adj_28, adj_34);
        // adj: wp.atomic_add(moment_out, 0, centroid * scale)                                    <L 97>
        wp::adj_atomic_add(var_result, var_29, var_31, adj_result, adj_29, adj_31, adj_32);
        wp::adj_mul(var_28, var_30, adj_28, adj_30, adj_31);
        wp::adj_float(var_6, adj_6, adj_30);
        // adj: wp.atomic_add(result, 0, scale * float(inside))                                   <L 96>
        wp::adj_div(var_24, var_27, var_28, adj_24, adj_27, adj_28);
        wp::adj_float(var_26, adj_26, adj_27);
        wp::adj_max(var_spp, var_25, adj_spp, adj_25, adj_26);
        // adj: scale = 8.0 / float(wp.max(spp, 1))                                               <L 95>
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
            // rng = wp.rand_init(rng_seed, tid * spp + s)                                        <L 87>
            var_11 = wp::mul(var_0, var_spp);
            var_12 = wp::add(var_11, var_10);
            var_13 = wp::rand_init(var_rng_seed, var_12);
            // p_local = wp.sample_unit_cube(rng)                                                 <L 88>
            var_14 = wp::sample_unit_cube(var_13);
            // p = wp.transform_point(collider_pose, p_local)                                     <L 90>
            var_15 = wp::transform_point(var_collider_pose, var_14);
            // if plane_sdf(p, up, offset) < 0.0:                                                 <L 91>
            var_16 = plane_sdf_0(var_15, var_up, var_3);
            var_18 = (var_16 < var_17);
            if (var_18) {
                // inside += 1                                                                    <L 92>
                var_20 = wp::add(var_6, var_19);
                // centroid += p                                                                  <L 93>
                var_21 = wp::add(var_8, var_15);
            }
            var_22 = wp::where(var_18, var_20, var_6);
            var_23 = wp::where(var_18, var_21, var_8);
            wp::assign(var_6, var_22);
            wp::assign(var_8, var_23);
            wp::adj_assign(var_8, var_23, adj_8, adj_23);
            wp::adj_assign(var_6, var_22, adj_6, adj_22);
            wp::adj_where(var_18, var_21, var_8, adj_18, adj_21, adj_8, adj_23);
            wp::adj_where(var_18, var_20, var_6, adj_18, adj_20, adj_6, adj_22);
            if (var_18) {
                wp::adj_add(var_8, var_15, adj_8, adj_15, adj_21);
                // adj: centroid += p                                                             <L 93>
                wp::adj_add(var_6, var_19, adj_6, adj_19, adj_20);
                // adj: inside += 1                                                               <L 92>
            }
            adj_plane_sdf_0(var_15, var_up, var_3, adj_15, adj_up, adj_3, adj_16);
            // adj: if plane_sdf(p, up, offset) < 0.0:                                            <L 91>
            wp::adj_transform_point(var_collider_pose, var_14, adj_collider_pose, adj_14, adj_15);
            // adj: p = wp.transform_point(collider_pose, p_local)                                <L 90>
            // adj: p_local = wp.sample_unit_cube(rng)                                            <L 88>
            wp::adj_add(var_11, var_10, adj_11, adj_10, adj_12);
            wp::adj_mul(var_0, var_spp, adj_0, adj_spp, adj_11);
            // adj: rng = wp.rand_init(rng_seed, tid * spp + s)                                   <L 87>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(spp):                                                              <L 85>
        wp::adj_vec_t(var_7, adj_7, adj_8);
        // adj: centroid = wp.vec3(0.0)                                                           <L 84>
        // adj: inside = int(0)                                                                   <L 83>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_plane_offset, var_1, adj_plane_offset, adj_1, adj_2);
        // adj: offset = plane_offset[0]                                                          <L 82>
        // adj: tid = wp.tid()                                                                    <L 81>
        // adj: def estimate_volume(                                                              <L 71>
        continue;
    }
}



extern "C" __global__ void brownian_step_89504ffb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_diffusion,
    wp::array_t<wp::float32> var_sim_dt,
    wp::int32 var_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        //---------
        // forward
        // def brownian_step(                                                                     <L 47>
        // tid = wp.tid()                                                                         <L 54>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 57>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // h = sim_dt[0]                                                                          <L 58>
        var_3 = wp::address(var_sim_dt, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // diff = diffusion[0]                                                                    <L 59>
        var_7 = wp::address(var_diffusion, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // x = positions[tid]                                                                     <L 60>
        var_10 = wp::address(var_positions, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                            <L 61>
        var_13 = wp::randn(var_1);
        var_14 = wp::randn(var_1);
        var_15 = wp::randn(var_1);
        var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
        // x_out[tid] = x + step * wp.sqrt(2.0 * diff * h)                                        <L 62>
        var_18 = wp::mul(var_17, var_8);
        var_19 = wp::mul(var_18, var_4);
        var_20 = wp::sqrt(var_19);
        var_21 = wp::mul(var_16, var_20);
        var_22 = wp::add(var_11, var_21);
        wp::array_store(var_x_out, var_0, var_22);
    }
}



extern "C" __global__ void brownian_step_89504ffb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_diffusion,
    wp::array_t<wp::float32> var_sim_dt,
    wp::int32 var_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_diffusion,
    wp::array_t<wp::float32> adj_sim_dt,
    wp::int32 adj_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        //---------
        // forward
        // def brownian_step(                                                                     <L 47>
        // tid = wp.tid()                                                                         <L 54>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 57>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // h = sim_dt[0]                                                                          <L 58>
        var_3 = wp::address(var_sim_dt, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // diff = diffusion[0]                                                                    <L 59>
        var_7 = wp::address(var_diffusion, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // x = positions[tid]                                                                     <L 60>
        var_10 = wp::address(var_positions, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                            <L 61>
        var_13 = wp::randn(var_1);
        var_14 = wp::randn(var_1);
        var_15 = wp::randn(var_1);
        var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
        // x_out[tid] = x + step * wp.sqrt(2.0 * diff * h)                                        <L 62>
        var_18 = wp::mul(var_17, var_8);
        var_19 = wp::mul(var_18, var_4);
        var_20 = wp::sqrt(var_19);
        var_21 = wp::mul(var_16, var_20);
        var_22 = wp::add(var_11, var_21);
        // wp::array_store(var_x_out, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_x_out, var_0, var_22, adj_x_out, adj_0, adj_22);
        wp::adj_add(var_11, var_21, adj_11, adj_21, adj_22);
        wp::adj_mul(var_16, var_20, adj_16, adj_20, adj_21);
        wp::adj_sqrt(var_19, var_20, adj_19, adj_20);
        wp::adj_mul(var_18, var_4, adj_18, adj_4, adj_19);
        wp::adj_mul(var_17, var_8, adj_17, adj_8, adj_18);
        // adj: x_out[tid] = x + step * wp.sqrt(2.0 * diff * h)                                   <L 62>
        wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
        // adj: step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                       <L 61>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_10);
        // adj: x = positions[tid]                                                                <L 60>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_diffusion, var_6, adj_diffusion, adj_6, adj_7);
        // adj: diff = diffusion[0]                                                               <L 59>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_sim_dt, var_2, adj_sim_dt, adj_2, adj_3);
        // adj: h = sim_dt[0]                                                                     <L 58>
        // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 57>
        // adj: tid = wp.tid()                                                                    <L 54>
        // adj: def brownian_step(                                                                <L 47>
        continue;
    }
}



extern "C" __global__ void random_surface_points_ea7487b2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::float32> var_thickness,
    wp::int32 var_face_count,
    wp::int32 var_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        bool var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        //---------
        // forward
        // def random_surface_points(                                                             <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 13>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // lift = thickness[0]                                                                    <L 14>
        var_3 = wp::address(var_thickness, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // tri = wp.randi(rng, 0, face_count)                                                     <L 15>
        var_7 = wp::randi(var_1, var_6, var_face_count);
        // ru = wp.randf(rng)                                                                     <L 16>
        var_8 = wp::randf(var_1);
        // rv = wp.randf(rng)                                                                     <L 17>
        var_9 = wp::randf(var_1);
        // if ru + rv > 1.0:                                                                      <L 19>
        var_10 = wp::add(var_8, var_9);
        var_12 = (var_10 > var_11);
        if (var_12) {
            // ru = 1.0 - ru                                                                      <L 20>
            var_14 = wp::sub(var_13, var_8);
            // rv = 1.0 - rv                                                                      <L 21>
            var_16 = wp::sub(var_15, var_9);
        }
        var_17 = wp::where(var_12, var_14, var_8);
        var_18 = wp::where(var_12, var_16, var_9);
        // pos = wp.mesh_eval_position(mesh, tri, ru, rv)                                         <L 22>
        var_19 = wp::mesh_eval_position(var_mesh, var_7, var_17, var_18);
        // pos = pos + wp.mesh_eval_face_normal(mesh, tri) * lift                                 <L 23>
        var_20 = wp::mesh_eval_face_normal(var_mesh, var_7);
        var_21 = wp::mul(var_20, var_4);
        var_22 = wp::add(var_19, var_21);
        // points[tid] = pos                                                                      <L 24>
        wp::array_store(var_points, var_0, var_22);
    }
}



extern "C" __global__ void random_surface_points_ea7487b2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::float32> var_thickness,
    wp::int32 var_face_count,
    wp::int32 var_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::uint64 adj_mesh,
    wp::array_t<wp::float32> adj_thickness,
    wp::int32 adj_face_count,
    wp::int32 adj_rng_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        bool var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        //---------
        // forward
        // def random_surface_points(                                                             <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 13>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // lift = thickness[0]                                                                    <L 14>
        var_3 = wp::address(var_thickness, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // tri = wp.randi(rng, 0, face_count)                                                     <L 15>
        var_7 = wp::randi(var_1, var_6, var_face_count);
        // ru = wp.randf(rng)                                                                     <L 16>
        var_8 = wp::randf(var_1);
        // rv = wp.randf(rng)                                                                     <L 17>
        var_9 = wp::randf(var_1);
        // if ru + rv > 1.0:                                                                      <L 19>
        var_10 = wp::add(var_8, var_9);
        var_12 = (var_10 > var_11);
        if (var_12) {
            // ru = 1.0 - ru                                                                      <L 20>
            var_14 = wp::sub(var_13, var_8);
            // rv = 1.0 - rv                                                                      <L 21>
            var_16 = wp::sub(var_15, var_9);
        }
        var_17 = wp::where(var_12, var_14, var_8);
        var_18 = wp::where(var_12, var_16, var_9);
        // pos = wp.mesh_eval_position(mesh, tri, ru, rv)                                         <L 22>
        var_19 = wp::mesh_eval_position(var_mesh, var_7, var_17, var_18);
        // pos = pos + wp.mesh_eval_face_normal(mesh, tri) * lift                                 <L 23>
        var_20 = wp::mesh_eval_face_normal(var_mesh, var_7);
        var_21 = wp::mul(var_20, var_4);
        var_22 = wp::add(var_19, var_21);
        // points[tid] = pos                                                                      <L 24>
        // wp::array_store(var_points, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_points, var_0, var_22, adj_points, adj_0, adj_22);
        // adj: points[tid] = pos                                                                 <L 24>
        wp::adj_add(var_19, var_21, adj_19, adj_21, adj_22);
        wp::adj_mul(var_20, var_4, adj_20, adj_4, adj_21);
        // adj: pos = pos + wp.mesh_eval_face_normal(mesh, tri) * lift                            <L 23>
        wp::adj_mesh_eval_position(var_mesh, var_7, var_17, var_18, adj_mesh, adj_7, adj_17, adj_18, adj_19);
        // adj: pos = wp.mesh_eval_position(mesh, tri, ru, rv)                                    <L 22>
        wp::adj_where(var_12, var_16, var_9, adj_12, adj_16, adj_9, adj_18);
        wp::adj_where(var_12, var_14, var_8, adj_12, adj_14, adj_8, adj_17);
        if (var_12) {
            wp::adj_sub(var_15, var_9, adj_15, adj_9, adj_16);
            // adj: rv = 1.0 - rv                                                                 <L 21>
            wp::adj_sub(var_13, var_8, adj_13, adj_8, adj_14);
            // adj: ru = 1.0 - ru                                                                 <L 20>
        }
        wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: if ru + rv > 1.0:                                                                 <L 19>
        // adj: rv = wp.randf(rng)                                                                <L 17>
        // adj: ru = wp.randf(rng)                                                                <L 16>
        // adj: tri = wp.randi(rng, 0, face_count)                                                <L 15>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_thickness, var_2, adj_thickness, adj_2, adj_3);
        // adj: lift = thickness[0]                                                               <L 14>
        // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def random_surface_points(                                                        <L 5>
        continue;
    }
}

