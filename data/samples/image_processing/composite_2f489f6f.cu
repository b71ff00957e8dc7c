// Warp 1.19.0 cuda code for composite_2f489f6f.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// composite.py:4
static CUDA_CALLABLE wp::float32 sphere_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def sphere_sdf(p: wp.vec3, center: wp.vec3, radius: float):                            <L 5>
    // return wp.length(p - center) - radius                                                  <L 6>
    var_0 = wp::sub(var_p, var_center);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_radius);
    return var_2;
}


// composite.py:4
static CUDA_CALLABLE void adj_sphere_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def sphere_sdf(p: wp.vec3, center: wp.vec3, radius: float):                            <L 5>
    // return wp.length(p - center) - radius                                                  <L 6>
    var_0 = wp::sub(var_p, var_center);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sub(var_1, var_radius, adj_1, adj_radius, adj_2);
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_p, var_center, adj_p, adj_center, adj_0);
    // adj: return wp.length(p - center) - radius                                             <L 6>
    // adj: def sphere_sdf(p: wp.vec3, center: wp.vec3, radius: float):                       <L 5>
    return;
}



extern "C" __global__ void composite_e55c1e28_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_image,
    wp::array_t<wp::vec_t<4, wp::float32>> var_background,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_particle_radius,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_std_dev,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        const wp::float32 var_13 = 1.41421356;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<4, wp::float32>* var_18;
        wp::vec_t<4, wp::float32> var_19;
        wp::vec_t<4, wp::float32> var_20;
        //---------
        // forward
        // def composite(                                                                         <L 10>
        // i, j = wp.tid()                                                                        <L 19>
        builtin_tid2d(var_0, var_1);
        // px = image[i, j]                                                                       <L 20>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // pos = positions[i, j]                                                                  <L 21>
        var_5 = wp::address(var_positions, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // r = particle_radius[i, j]                                                              <L 22>
        var_8 = wp::address(var_particle_radius, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // sdf = sphere_sdf(pos, center, r)                                                       <L 23>
        var_11 = sphere_sdf_0(var_6, var_center, var_9);
        // t = 0.5 * wp.erfc(sdf / (1.41421356 * std_dev))                                        <L 24>
        var_14 = wp::mul(var_13, var_std_dev);
        var_15 = wp::div(var_11, var_14);
        var_16 = wp::erfc(var_15);
        var_17 = wp::mul(var_12, var_16);
        // out[i, j] = wp.lerp(background[i, j], px, t)                                           <L 25>
        var_18 = wp::address(var_background, var_0, var_1);
        var_20 = wp::load(var_18);
        var_19 = wp::lerp(var_20, var_3, var_17);
        wp::array_store(var_out, var_0, var_1, var_19);
}



extern "C" __global__ void composite_e55c1e28_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_image,
    wp::array_t<wp::vec_t<4, wp::float32>> var_background,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_particle_radius,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_std_dev,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_image,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_background,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::vec_t<3, wp::float32> adj_center,
    wp::float32 adj_std_dev,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        const wp::float32 var_13 = 1.41421356;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<4, wp::float32>* var_18;
        wp::vec_t<4, wp::float32> var_19;
        wp::vec_t<4, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<4, wp::float32> adj_18 = {};
        wp::vec_t<4, wp::float32> adj_19 = {};
        wp::vec_t<4, wp::float32> adj_20 = {};
        //---------
        // forward
        // def composite(                                                                         <L 10>
        // i, j = wp.tid()                                                                        <L 19>
        builtin_tid2d(var_0, var_1);
        // px = image[i, j]                                                                       <L 20>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // pos = positions[i, j]                                                                  <L 21>
        var_5 = wp::address(var_positions, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // r = particle_radius[i, j]                                                              <L 22>
        var_8 = wp::address(var_particle_radius, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // sdf = sphere_sdf(pos, center, r)                                                       <L 23>
        var_11 = sphere_sdf_0(var_6, var_center, var_9);
        // t = 0.5 * wp.erfc(sdf / (1.41421356 * std_dev))                                        <L 24>
        var_14 = wp::mul(var_13, var_std_dev);
        var_15 = wp::div(var_11, var_14);
        var_16 = wp::erfc(var_15);
        var_17 = wp::mul(var_12, var_16);
        // out[i, j] = wp.lerp(background[i, j], px, t)                                           <L 25>
        var_18 = wp::address(var_background, var_0, var_1);
        var_20 = wp::load(var_18);
        var_19 = wp::lerp(var_20, var_3, var_17);
        // wp::array_store(var_out, var_0, var_1, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_19, adj_out, adj_0, adj_1, adj_19);
        wp::adj_lerp(var_20, var_3, var_17, adj_18, adj_3, adj_17, adj_19);
        wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_18);
        // adj: out[i, j] = wp.lerp(background[i, j], px, t)                                      <L 25>
        wp::adj_mul(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_erfc(var_15, adj_15, adj_16);
        wp::adj_div(var_11, var_14, var_15, adj_11, adj_14, adj_15);
        wp::adj_mul(var_13, var_std_dev, adj_13, adj_std_dev, adj_14);
        // adj: t = 0.5 * wp.erfc(sdf / (1.41421356 * std_dev))                                   <L 24>
        adj_sphere_sdf_0(var_6, var_center, var_9, adj_6, adj_center, adj_9, adj_11);
        // adj: sdf = sphere_sdf(pos, center, r)                                                  <L 23>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_particle_radius, var_0, var_1, adj_particle_radius, adj_0, adj_1, adj_8);
        // adj: r = particle_radius[i, j]                                                         <L 22>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_positions, var_0, var_1, adj_positions, adj_0, adj_1, adj_5);
        // adj: pos = positions[i, j]                                                             <L 21>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
        // adj: px = image[i, j]                                                                  <L 20>
        // adj: i, j = wp.tid()                                                                   <L 19>
        // adj: def composite(                                                                    <L 10>
        return;
}

