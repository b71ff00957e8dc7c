// Warp 1.19.0 cuda code for sample_initial_joint_q_e0d6050f.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// sample_initial_joint_q.py:70
static CUDA_CALLABLE wp::float32 capsule_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                        <L 71>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 73>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 74>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    return var_9;
}


// sample_initial_joint_q.py:70
static CUDA_CALLABLE void adj_capsule_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_half_height,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                        <L 71>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 73>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 74>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_sub(var_8, var_radius, adj_8, adj_radius, adj_9);
    wp::adj_length(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_p, var_6, adj_p, adj_6, adj_7);
    // adj: return wp.length(p - axis_point) - radius                                         <L 74>
    wp::adj_vec_t(var_0, var_4, var_5, adj_0, adj_4, adj_5, adj_6);
    wp::adj_clamp(var_2, var_3, var_half_height, adj_2, adj_3, adj_half_height, adj_4);
    wp::adj_neg(var_half_height, adj_half_height, adj_3);
    wp::adj_extract(var_p, var_1, adj_p, adj_1, adj_2);
    // adj: axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)         <L 73>
    // adj: def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                   <L 71>
    return;
}



extern "C" __global__ void estimate_volume_0dfe51a8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::transform_t<wp::float32> var_shape_xform_w,
    wp::float32 var_particle_radius,
    wp::float32 var_half_height,
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
        wp::int32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::vec_t<3, wp::float32> var_4;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::uint32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::int32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::float32 var_20 = 8.0;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 0;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        //---------
        // forward
        // def estimate_volume(                                                                   <L 78>
        // tid = wp.tid()                                                                         <L 87>
        var_0 = builtin_tid1d();
        // inside = int(0)                                                                        <L 88>
        var_2 = wp::int(var_1);
        // centroid = wp.vec3(0.0)                                                                <L 89>
        var_4 = wp::vec_t<3, wp::float32>(var_3);
        // for s in range(samples_per_thread):                                                    <L 90>
        var_5 = wp::range(var_samples_per_thread);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
            // rng = wp.rand_init(seed, tid * samples_per_thread + s)                             <L 92>
            var_7 = wp::mul(var_0, var_samples_per_thread);
            var_8 = wp::add(var_7, var_6);
            var_9 = wp::rand_init(var_seed, var_8);
            // p_local = wp.sample_unit_cube(rng)                                                 <L 93>
            var_10 = wp::sample_unit_cube(var_9);
            // p = wp.transform_point(shape_xform_w, p_local)                                     <L 95>
            var_11 = wp::transform_point(var_shape_xform_w, var_10);
            // if capsule_sdf(p_local, particle_radius, half_height) < 0.0:                       <L 96>
            var_12 = capsule_sdf_0(var_10, var_particle_radius, var_half_height);
            var_14 = (var_12 < var_13);
            if (var_14) {
                // inside += 1                                                                    <L 97>
                var_16 = wp::add(var_2, var_15);
                // centroid += p                                                                  <L 98>
                var_17 = wp::add(var_4, var_11);
            }
            var_18 = wp::where(var_14, var_16, var_2);
            var_19 = wp::where(var_14, var_17, var_4);
            wp::assign(var_2, var_18);
            wp::assign(var_4, var_19);
            goto start_for_0;
        end_for_0:;
        // scale = 8.0 / float(wp.max(samples_per_thread, 1))                                     <L 100>
        var_22 = wp::max(var_samples_per_thread, var_21);
        var_23 = wp::float(var_22);
        var_24 = wp::div(var_20, var_23);
        // wp.atomic_add(result, 0, scale * float(inside))                                        <L 101>
        var_26 = wp::float(var_2);
        var_27 = wp::mul(var_24, var_26);
        var_28 = wp::atomic_add(var_result, var_25, var_27);
        // wp.atomic_add(moment_out, 0, centroid * scale)                                         <L 102>
        var_30 = wp::mul(var_4, var_24);
        var_31 = wp::atomic_add(var_moment_out, var_29, var_30);
    }
}



extern "C" __global__ void estimate_volume_0dfe51a8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::transform_t<wp::float32> var_shape_xform_w,
    wp::float32 var_particle_radius,
    wp::float32 var_half_height,
    wp::array_t<wp::float32> var_result,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment_out,
    wp::int32 adj_seed,
    wp::int32 adj_samples_per_thread,
    wp::transform_t<wp::float32> adj_shape_xform_w,
    wp::float32 adj_particle_radius,
    wp::float32 adj_half_height,
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
        wp::int32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::vec_t<3, wp::float32> var_4;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::uint32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::int32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::float32 var_20 = 8.0;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 0;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::range_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::uint32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        //---------
        // forward
        // def estimate_volume(                                                                   <L 78>
        // tid = wp.tid()                                                                         <L 87>
        var_0 = builtin_tid1d();
        // inside = int(0)                                                                        <L 88>
        var_2 = wp::int(var_1);
        // centroid = wp.vec3(0.0)                                                                <L 89>
        var_4 = wp::vec_t<3, wp::float32>(var_3);
        // for s in range(samples_per_thread):                                                    <L 90>
        var_5 = wp::range(var_samples_per_thread);
        // scale = 8.0 / float(wp.max(samples_per_thread, 1))                                     <L 100>
        var_22 = wp::max(var_samples_per_thread, var_21);
        var_23 = wp::float(var_22);
        var_24 = wp::div(var_20, var_23);
        // wp.atomic_add(result, 0, scale * float(inside))                                        <L 101>
        var_26 = wp::float(var_2);
        var_27 = wp::mul(var_24, var_26);
        // var_28 = wp::atomic_add(var_result, var_25, var_27);
        // wp.atomic_add(moment_out, 0, centroid * scale)                                         <L 102>
        var_30 = wp::mul(var_4, var_24);
        // var_31 = wp::atomic_add(var_moment_out, var_29, var_30);
        //---------
        // reverse
        wp::adj_atomic_add(var_moment_out, var_29, var_30, adj_moment_out, adj_29, adj_30, adj_31);
        wp::adj_mul(var_4, var_24, adj_4, adj_24, adj_30);
        // adj: wp.atomic_add(moment_out, 0, centroid * scale)                                    <L 102>
        wp::adj_atomic_add(var_result, var_25, var_27, adj_result, adj_25, adj_27, adj_28);
        wp::adj_mul(var_24, var_26, adj_24, adj_26, adj_27);
        wp::adj_float(var_2, adj_2, adj_26);
        // adj: wp.atomic_add(result, 0, scale * float(inside))                                   <L 101>
        wp::adj_div(var_20, var_23, var_24, adj_20, adj_23, adj_24);
        wp::adj_float(var_22, adj_22, adj_23);
        wp::adj_max(var_samples_per_thread, var_21, adj_samples_per_thread, adj_21, adj_22);
        // adj: scale = 8.0 / float(wp.max(samples_per_thread, 1))                                <L 100>
        var_5 = wp::iter_reverse(var_5);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
            // rng = wp.rand_init(seed, tid * samples_per_thread + s)                             <L 92>
            var_7 = wp::mul(var_0, var_samples_per_thread);
            var_8 = wp::add(var_7, var_6);
            var_9 = wp::rand_init(var_seed, var_8);
            // p_local = wp.sample_unit_cube(rng)                                                 <L 93>
            var_10 = wp::sample_unit_cube(var_9);
            // p = wp.transform_point(shape_xform_w, p_local)                                     <L 95>
            var_11 = wp::transform_point(var_shape_xform_w, var_10);
            // if capsule_sdf(p_local, particle_radius, half_height) < 0.0:                       <L 96>
            var_12 = capsule_sdf_0(var_10, var_particle_radius, var_half_height);
            var_14 = (var_12 < var_13);
            if (var_14) {
                // inside += 1                                                                    <L 97>
                var_16 = wp::add(var_2, var_15);
                // centroid += p                                                                  <L 98>
                var_17 = wp::add(var_4, var_11);
            }
            var_18 = wp::where(var_14, var_16, var_2);
            var_19 = wp::where(var_14, var_17, var_4);
            wp::assign(var_2, var_18);
            wp::assign(var_4, var_19);
            wp::adj_assign(var_4, var_19, adj_4, adj_19);
            wp::adj_assign(var_2, var_18, adj_2, adj_18);
            wp::adj_where(var_14, var_17, var_4, adj_14, adj_17, adj_4, adj_19);
            wp::adj_where(var_14, var_16, var_2, adj_14, adj_16, adj_2, adj_18);
            if (var_14) {
                wp::adj_add(var_4, var_11, adj_4, adj_11, adj_17);
                // adj: centroid += p                                                             <L 98>
                wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
                // adj: inside += 1                                                               <L 97>
            }
            adj_capsule_sdf_0(var_10, var_particle_radius, var_half_height, adj_10, adj_particle_radius, adj_half_height, adj_12);
            // adj: if capsule_sdf(p_local, particle_radius, half_height) < 0.0:                  <L 96>
            wp::adj_transform_point(var_shape_xform_w, var_10, adj_shape_xform_w, adj_10, adj_11);
            // adj: p = wp.transform_point(shape_xform_w, p_local)                                <L 95>
            // adj: p_local = wp.sample_unit_cube(rng)                                            <L 93>
            wp::adj_add(var_7, var_6, adj_7, adj_6, adj_8);
            wp::adj_mul(var_0, var_samples_per_thread, adj_0, adj_samples_per_thread, adj_7);
            // adj: rng = wp.rand_init(seed, tid * samples_per_thread + s)                        <L 92>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(samples_per_thread):                                               <L 90>
        wp::adj_vec_t(var_3, adj_3, adj_4);
        // adj: centroid = wp.vec3(0.0)                                                           <L 89>
        // adj: inside = int(0)                                                                   <L 88>
        // adj: tid = wp.tid()                                                                    <L 87>
        // adj: def estimate_volume(                                                              <L 78>
        continue;
    }
}



extern "C" __global__ void sample_initial_joint_q_374c8d66_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_num_dofs,
    wp::array_t<wp::int32> var_env_reset,
    wp::array_t<wp::float32> var_joint_q_default,
    wp::int32 var_seed,
    wp::float32 var_velocity_noise,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::int32> var_episode_length)
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
        wp::int32 var_1;
        bool var_2;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::uint32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        const wp::float32 var_15 = 1.5;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 0;
        //---------
        // forward
        // def sample_initial_joint_q(                                                            <L 5>
        // env, j = wp.tid()                                                                      <L 15>
        builtin_tid2d(var_0, var_1);
        // if j >= num_dofs or env_reset[env] == 0:                                               <L 16>
        var_3 = (var_1 >= var_num_dofs);
        var_2 = var_3;
        if (!var_2) {
            var_4 = wp::address(var_env_reset, var_0);
            var_7 = wp::load(var_4);
            var_6 = (var_7 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 17>
            continue;
        }
        // rng = wp.rand_init(seed, env * num_dofs + j)                                           <L 18>
        var_8 = wp::mul(var_0, var_num_dofs);
        var_9 = wp::add(var_8, var_1);
        var_10 = wp::rand_init(var_seed, var_9);
        // q_default = joint_q_default[env, j]                                                    <L 19>
        var_11 = wp::address(var_joint_q_default, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // q = q_default * wp.randf(rng, 0.5, 1.5)                                                <L 20>
        var_16 = wp::randf(var_10, var_14, var_15);
        var_17 = wp::mul(var_12, var_16);
        // joint_q[env, j] = q                                                                    <L 21>
        wp::array_store(var_joint_q, var_0, var_1, var_17);
        // joint_qd[env, j] = velocity_noise * wp.randn(rng)                                      <L 22>
        var_18 = wp::randn(var_10);
        var_19 = wp::mul(var_velocity_noise, var_18);
        wp::array_store(var_joint_qd, var_0, var_1, var_19);
        // if j == 0:                                                                             <L 23>
        var_21 = (var_1 == var_20);
        if (var_21) {
            // episode_length[env] = 0                                                            <L 24>
            wp::array_store(var_episode_length, var_0, var_22);
        }
    }
}



extern "C" __global__ void sample_surface_60f2ede4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::int32> var_face_ids,
    wp::int32 var_seed,
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
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // forward
        // def sample_surface(mesh: wp.uint64, face_ids: wp.array[int], seed: int, points: wp.array[wp.vec3]):       <L 56>
        // tid = wp.tid()                                                                         <L 57>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 58>
        var_1 = wp::rand_init(var_seed, var_0);
        // tri = face_ids[tid]                                                                    <L 61>
        var_2 = wp::address(var_face_ids, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // ru = wp.randf(rng)                                                                     <L 62>
        var_5 = wp::randf(var_1);
        // rv = wp.randf(rng)                                                                     <L 63>
        var_6 = wp::randf(var_1);
        // su = wp.sqrt(ru)                                                                       <L 65>
        var_7 = wp::sqrt(var_5);
        // pos = wp.mesh_eval_position(mesh, tri, 1.0 - su, su * (1.0 - rv))                      <L 66>
        var_9 = wp::sub(var_8, var_7);
        var_11 = wp::sub(var_10, var_6);
        var_12 = wp::mul(var_7, var_11);
        var_13 = wp::mesh_eval_position(var_mesh, var_3, var_9, var_12);
        // points[tid] = pos                                                                      <L 67>
        wp::array_store(var_points, var_0, var_13);
    }
}



extern "C" __global__ void sample_surface_60f2ede4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::int32> var_face_ids,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::uint64 adj_mesh,
    wp::array_t<wp::int32> adj_face_ids,
    wp::int32 adj_seed,
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
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def sample_surface(mesh: wp.uint64, face_ids: wp.array[int], seed: int, points: wp.array[wp.vec3]):       <L 56>
        // tid = wp.tid()                                                                         <L 57>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 58>
        var_1 = wp::rand_init(var_seed, var_0);
        // tri = face_ids[tid]                                                                    <L 61>
        var_2 = wp::address(var_face_ids, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // ru = wp.randf(rng)                                                                     <L 62>
        var_5 = wp::randf(var_1);
        // rv = wp.randf(rng)                                                                     <L 63>
        var_6 = wp::randf(var_1);
        // su = wp.sqrt(ru)                                                                       <L 65>
        var_7 = wp::sqrt(var_5);
        // pos = wp.mesh_eval_position(mesh, tri, 1.0 - su, su * (1.0 - rv))                      <L 66>
        var_9 = wp::sub(var_8, var_7);
        var_11 = wp::sub(var_10, var_6);
        var_12 = wp::mul(var_7, var_11);
        var_13 = wp::mesh_eval_position(var_mesh, var_3, var_9, var_12);
        // points[tid] = pos                                                                      <L 67>
        // wp::array_store(var_points, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_points, var_0, var_13, adj_points, adj_0, adj_13);
        // adj: points[tid] = pos                                                                 <L 67>
        wp::adj_mesh_eval_position(var_mesh, var_3, var_9, var_12, adj_mesh, adj_3, adj_9, adj_12, adj_13);
        wp::adj_mul(var_7, var_11, adj_7, adj_11, adj_12);
        wp::adj_sub(var_10, var_6, adj_10, adj_6, adj_11);
        wp::adj_sub(var_8, var_7, adj_8, adj_7, adj_9);
        // adj: pos = wp.mesh_eval_position(mesh, tri, 1.0 - su, su * (1.0 - rv))                 <L 66>
        wp::adj_sqrt(var_5, var_7, adj_5, adj_7);
        // adj: su = wp.sqrt(ru)                                                                  <L 65>
        // adj: rv = wp.randf(rng)                                                                <L 63>
        // adj: ru = wp.randf(rng)                                                                <L 62>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_face_ids, var_0, adj_face_ids, adj_0, adj_2);
        // adj: tri = face_ids[tid]                                                               <L 61>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 58>
        // adj: tid = wp.tid()                                                                    <L 57>
        // adj: def sample_surface(mesh: wp.uint64, face_ids: wp.array[int], seed: int, points: wp.array[wp.vec3]):  <L 56>
        continue;
    }
}



extern "C" __global__ void ambient_occlusion_6ddabba9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_visibility)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.001;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::uint32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        bool var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        bool var_23;
        const wp::int32 var_24 = -1;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        //---------
        // forward
        // def ambient_occlusion(                                                                 <L 28>
        // tid = wp.tid()                                                                         <L 38>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 39>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = normals[tid]                                                                       <L 40>
        var_4 = wp::address(var_normals, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // start = x + n * 1.0e-3                                                                 <L 42>
        var_8 = wp::mul(var_5, var_7);
        var_9 = wp::add(var_2, var_8);
        // escaped = int(0)                                                                       <L 43>
        var_11 = wp::int(var_10);
        // for s in range(samples_per_thread):                                                    <L 44>
        var_12 = wp::range(var_samples_per_thread);
        start_for_0:;
            if (iter_cmp(var_12) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_12);
            // rng = wp.rand_init(seed, tid * samples_per_thread + s)                             <L 45>
            var_14 = wp::mul(var_0, var_samples_per_thread);
            var_15 = wp::add(var_14, var_13);
            var_16 = wp::rand_init(var_seed, var_15);
            // d = wp.sample_unit_hemisphere_surface(rng)                                         <L 46>
            var_17 = wp::sample_unit_hemisphere_surface(var_16);
            // if wp.dot(d, n) < 0.0:                                                             <L 48>
            var_18 = wp::dot(var_17, var_5);
            var_20 = (var_18 < var_19);
            if (var_20) {
                // d = -d                                                                         <L 49>
                var_21 = wp::neg(var_17);
            }
            var_22 = wp::where(var_20, var_21, var_17);
            // if not wp.mesh_query_ray_anyhit(mesh, start, d, ray_length):                       <L 50>
            var_23 = wp::mesh_query_ray_anyhit(var_mesh, var_9, var_22, var_ray_length, var_24);
            var_25 = wp::unot(var_23);
            if (var_25) {
                // escaped += 1                                                                   <L 51>
                var_27 = wp::add(var_11, var_26);
            }
            var_28 = wp::where(var_25, var_27, var_11);
            wp::assign(var_11, var_28);
            goto start_for_0;
        end_for_0:;
        // visibility[tid] = float(escaped) / float(wp.max(samples_per_thread, 1))                <L 52>
        var_29 = wp::float(var_11);
        var_31 = wp::max(var_samples_per_thread, var_30);
        var_32 = wp::float(var_31);
        var_33 = wp::div(var_29, var_32);
        wp::array_store(var_visibility, var_0, var_33);
    }
}



extern "C" __global__ void ambient_occlusion_6ddabba9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_visibility,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::int32 adj_seed,
    wp::int32 adj_samples_per_thread,
    wp::float32 adj_ray_length,
    wp::array_t<wp::float32> adj_visibility)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.001;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::uint32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        bool var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        bool var_23;
        const wp::int32 var_24 = -1;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::range_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::uint32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        bool adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        //---------
        // forward
        // def ambient_occlusion(                                                                 <L 28>
        // tid = wp.tid()                                                                         <L 38>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 39>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = normals[tid]                                                                       <L 40>
        var_4 = wp::address(var_normals, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // start = x + n * 1.0e-3                                                                 <L 42>
        var_8 = wp::mul(var_5, var_7);
        var_9 = wp::add(var_2, var_8);
        // escaped = int(0)                                                                       <L 43>
        var_11 = wp::int(var_10);
        // for s in range(samples_per_thread):                                                    <L 44>
        var_12 = wp::range(var_samples_per_thread);
        // visibility[tid] = float(escaped) / float(wp.max(samples_per_thread, 1))                <L 52>
        var_29 = wp::float(var_11);
        var_31 = wp::max(var_samples_per_thread, var_30);
        var_32 = wp::float(var_31);
        var_33 = wp::div(var_29, var_32);
        // wp::array_store(var_visibility, var_0, var_33);
        //---------
        // reverse
        wp::adj_array_store(var_visibility, var_0, var_33, adj_visibility, adj_0, adj_33);
        wp::adj_div(var_29, var_32, var_33, adj_29, adj_32, adj_33);
        wp::adj_float(var_31, adj_31, adj_32);
        wp::adj_max(var_samples_per_thread, var_30, adj_samples_per_thread, adj_30, adj_31);
        wp::adj_float(var_11, adj_11, adj_29);
        // adj: visibility[tid] = float(escaped) / float(wp.max(samples_per_thread, 1))           <L 52>
        var_12 = wp::iter_reverse(var_12);
        start_for_0:;
            if (iter_cmp(var_12) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_12);
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
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
            // rng = wp.rand_init(seed, tid * samples_per_thread + s)                             <L 45>
            var_14 = wp::mul(var_0, var_samples_per_thread);
            var_15 = wp::add(var_14, var_13);
            var_16 = wp::rand_init(var_seed, var_15);
            // d = wp.sample_unit_hemisphere_surface(rng)                                         <L 46>
            var_17 = wp::sample_unit_hemisphere_surface(var_16);
            // if wp.dot(d, n) < 0.0:                                                             <L 48>
            var_18 = wp::dot(var_17, var_5);
            var_20 = (var_18 < var_19);
            if (var_20) {
                // d = -d                                                                         <L 49>
                var_21 = wp::neg(var_17);
            }
            var_22 = wp::where(var_20, var_21, var_17);
            // if not wp.mesh_query_ray_anyhit(mesh, start, d, ray_length):                       <L 50>
            var_23 = wp::mesh_query_ray_anyhit(var_mesh, var_9, var_22, var_ray_length, var_24);
            var_25 = wp::unot(var_23);
            if (var_25) {
                // escaped += 1                                                                   <L 51>
                var_27 = wp::add(var_11, var_26);
            }
            var_28 = wp::where(var_25, var_27, var_11);
            wp::assign(var_11, var_28);
            wp::adj_assign(var_11, var_28, adj_11, adj_28);
            wp::adj_where(var_25, var_27, var_11, adj_25, adj_27, adj_11, adj_28);
            if (var_25) {
                wp::adj_add(var_11, var_26, adj_11, adj_26, adj_27);
                // adj: escaped += 1                                                              <L 51>
            }
            // adj: if not wp.mesh_query_ray_anyhit(mesh, start, d, ray_length):                  <L 50>
            wp::adj_where(var_20, var_21, var_17, adj_20, adj_21, adj_17, adj_22);
            if (var_20) {
                wp::adj_neg(var_17, adj_17, adj_21);
                // adj: d = -d                                                                    <L 49>
            }
            wp::adj_dot(var_17, var_5, adj_17, adj_5, adj_18);
            // adj: if wp.dot(d, n) < 0.0:                                                        <L 48>
            // adj: d = wp.sample_unit_hemisphere_surface(rng)                                    <L 46>
            wp::adj_add(var_14, var_13, adj_14, adj_13, adj_15);
            wp::adj_mul(var_0, var_samples_per_thread, adj_0, adj_samples_per_thread, adj_14);
            // adj: rng = wp.rand_init(seed, tid * samples_per_thread + s)                        <L 45>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(samples_per_thread):                                               <L 44>
        // adj: escaped = int(0)                                                                  <L 43>
        wp::adj_add(var_2, var_8, adj_2, adj_8, adj_9);
        wp::adj_mul(var_5, var_7, adj_5, adj_7, adj_8);
        // adj: start = x + n * 1.0e-3                                                            <L 42>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_4);
        // adj: n = normals[tid]                                                                  <L 40>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
        // adj: x = particle_x[tid]                                                               <L 39>
        // adj: tid = wp.tid()                                                                    <L 38>
        // adj: def ambient_occlusion(                                                            <L 28>
        continue;
    }
}

