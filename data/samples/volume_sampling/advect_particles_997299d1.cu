// Warp 1.19.0 cuda code for advect_particles_997299d1.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// advect_particles.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> field_velocity_at_0(
    wp::uint64 var_volume,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 1;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def field_velocity_at(volume: wp.uint64, p: wp.vec3):                                  <L 5>
    // uvw = wp.volume_world_to_index(volume, p)                                              <L 6>
    var_0 = wp::volume_world_to_index(var_volume, var_p);
    // return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                               <L 7>
    var_3 = wp::volume_sample_v(var_volume, var_0, var_2);
    return var_3;
}


// advect_particles.py:4
static CUDA_CALLABLE void adj_field_velocity_at_0(
    wp::uint64 var_volume,
    wp::vec_t<3, wp::float32> var_p,
    wp::uint64 & adj_volume,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 1;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def field_velocity_at(volume: wp.uint64, p: wp.vec3):                                  <L 5>
    // uvw = wp.volume_world_to_index(volume, p)                                              <L 6>
    var_0 = wp::volume_world_to_index(var_volume, var_p);
    // return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                               <L 7>
    var_3 = wp::volume_sample_v(var_volume, var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_volume_sample_v(var_volume, var_0, var_2, adj_volume, adj_0, adj_2, adj_3);
    // adj: return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                          <L 7>
    wp::adj_volume_world_to_index(var_volume, var_p, adj_volume, adj_p, adj_0);
    // adj: uvw = wp.volume_world_to_index(volume, p)                                         <L 6>
    // adj: def field_velocity_at(volume: wp.uint64, p: wp.vec3):                             <L 5>
    return;
}



extern "C" __global__ void advect_particles_849d5487_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::int32 var_num_items,
    wp::float32 var_dt)
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
        bool var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::float32 var_6 = 0.5;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // forward
        // def advect_particles(sdf_volume: wp.uint64, x: wp.array[wp.vec3], num_items: int, dt: float):       <L 11>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // if tid >= num_items:                                                                   <L 14>
        var_1 = (var_0 >= var_num_items);
        if (var_1) {
            // return                                                                             <L 15>
            continue;
        }
        // pos = x[tid]                                                                           <L 16>
        var_2 = wp::address(var_x, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // v0 = field_velocity_at(sdf_volume, pos)                                                <L 17>
        var_5 = field_velocity_at_0(var_sdf_volume, var_3);
        // x_mid = pos + v0 * (0.5 * dt)                                                          <L 18>
        var_7 = wp::mul(var_6, var_dt);
        var_8 = wp::mul(var_5, var_7);
        var_9 = wp::add(var_3, var_8);
        // v1 = field_velocity_at(sdf_volume, x_mid)                                              <L 19>
        var_10 = field_velocity_at_0(var_sdf_volume, var_9);
        // x[tid] = pos + v1 * dt                                                                 <L 20>
        var_11 = wp::mul(var_10, var_dt);
        var_12 = wp::add(var_3, var_11);
        wp::array_store(var_x, var_0, var_12);
    }
}



extern "C" __global__ void advect_particles_849d5487_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::int32 var_num_items,
    wp::float32 var_dt,
    wp::uint64 adj_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::int32 adj_num_items,
    wp::float32 adj_dt)
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
        bool var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::float32 var_6 = 0.5;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def advect_particles(sdf_volume: wp.uint64, x: wp.array[wp.vec3], num_items: int, dt: float):       <L 11>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // if tid >= num_items:                                                                   <L 14>
        var_1 = (var_0 >= var_num_items);
        if (var_1) {
            // return                                                                             <L 15>
            goto label0;
        }
        // pos = x[tid]                                                                           <L 16>
        var_2 = wp::address(var_x, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // v0 = field_velocity_at(sdf_volume, pos)                                                <L 17>
        var_5 = field_velocity_at_0(var_sdf_volume, var_3);
        // x_mid = pos + v0 * (0.5 * dt)                                                          <L 18>
        var_7 = wp::mul(var_6, var_dt);
        var_8 = wp::mul(var_5, var_7);
        var_9 = wp::add(var_3, var_8);
        // v1 = field_velocity_at(sdf_volume, x_mid)                                              <L 19>
        var_10 = field_velocity_at_0(var_sdf_volume, var_9);
        // x[tid] = pos + v1 * dt                                                                 <L 20>
        var_11 = wp::mul(var_10, var_dt);
        var_12 = wp::add(var_3, var_11);
        // wp::array_store(var_x, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_12, adj_x, adj_0, adj_12);
        wp::adj_add(var_3, var_11, adj_3, adj_11, adj_12);
        wp::adj_mul(var_10, var_dt, adj_10, adj_dt, adj_11);
        // adj: x[tid] = pos + v1 * dt                                                            <L 20>
        adj_field_velocity_at_0(var_sdf_volume, var_9, adj_sdf_volume, adj_9, adj_10);
        // adj: v1 = field_velocity_at(sdf_volume, x_mid)                                         <L 19>
        wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_mul(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_7);
        // adj: x_mid = pos + v0 * (0.5 * dt)                                                     <L 18>
        adj_field_velocity_at_0(var_sdf_volume, var_3, adj_sdf_volume, adj_3, adj_5);
        // adj: v0 = field_velocity_at(sdf_volume, pos)                                           <L 17>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
        // adj: pos = x[tid]                                                                      <L 16>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 15>
        }
        // adj: if tid >= num_items:                                                              <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def advect_particles(sdf_volume: wp.uint64, x: wp.array[wp.vec3], num_items: int, dt: float):  <L 11>
        continue;
    }
}

