// Warp 1.19.0 cuda code for particle_cohesion_ad249728.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void particle_cohesion_34074662_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 10.0;
        const wp::float32 var_6 = 0.75;
        const wp::float32 var_7 = 0.25;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // forward
        // def particle_cohesion(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = points[i]                                                                          <L 8>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // unit = wp.normalize(x - wp.vec3(10.0, 0.75, 0.25))                                     <L 9>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::sub(var_3, var_8);
        var_10 = wp::normalize(var_9);
        // amount = h                                                                             <L 10>
        var_11 = wp::copy(var_h);
        // out[i] = unit + wp.vec3(amount)                                                        <L 11>
        var_12 = wp::vec_t<3, wp::float32>(var_11);
        var_13 = wp::add(var_10, var_12);
        wp::array_store(var_out, var_1, var_13);
}



extern "C" __global__ void particle_cohesion_34074662_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_h,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 10.0;
        const wp::float32 var_6 = 0.75;
        const wp::float32 var_7 = 0.25;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def particle_cohesion(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = points[i]                                                                          <L 8>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // unit = wp.normalize(x - wp.vec3(10.0, 0.75, 0.25))                                     <L 9>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::sub(var_3, var_8);
        var_10 = wp::normalize(var_9);
        // amount = h                                                                             <L 10>
        var_11 = wp::copy(var_h);
        // out[i] = unit + wp.vec3(amount)                                                        <L 11>
        var_12 = wp::vec_t<3, wp::float32>(var_11);
        var_13 = wp::add(var_10, var_12);
        // wp::array_store(var_out, var_1, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_1, var_13, adj_out, adj_1, adj_13);
        wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
        wp::adj_vec_t(var_11, adj_11, adj_12);
        // adj: out[i] = unit + wp.vec3(amount)                                                   <L 11>
        wp::adj_copy(var_h, adj_h, adj_11);
        // adj: amount = h                                                                        <L 10>
        wp::adj_normalize(var_9, var_10, adj_9, adj_10);
        wp::adj_sub(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        // adj: unit = wp.normalize(x - wp.vec3(10.0, 0.75, 0.25))                                <L 9>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
        // adj: x = points[i]                                                                     <L 8>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def particle_cohesion(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):  <L 5>
        return;
}

