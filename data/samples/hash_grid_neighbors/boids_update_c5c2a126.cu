// Warp 1.19.0 cuda code for boids_update_c5c2a126.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void boids_update_32772179_cuda_kernel_forward(
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
        const wp::float32 var_5 = 3.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const bool var_12 = false;
        bool var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // forward
        // def boids_update(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = points[i]                                                                          <L 8>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dir_2 = wp.normalize((wp.outer(x, wp.vec3(3.0)) * x) - x)                              <L 9>
        var_6 = wp::vec_t<3, wp::float32>(var_5);
        var_7 = wp::outer(var_3, var_6);
        var_8 = wp::mul(var_7, var_3);
        var_9 = wp::sub(var_8, var_3);
        var_10 = wp::normalize(var_9);
        // limited = wp.vec3(dir_2)                                                               <L 10>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // if bool(False):                                                                        <L 11>
        var_13 = bool(var_12);
        if (var_13) {
            // limited = limited + x                                                              <L 12>
            var_14 = wp::add(var_11, var_3);
        }
        var_15 = wp::where(var_13, var_14, var_11);
        // unit = wp.normalize(limited - dir_2)                                                   <L 13>
        var_16 = wp::sub(var_15, var_10);
        var_17 = wp::normalize(var_16);
        // gap = wp.length(wp.normalize(x) - unit)                                                <L 14>
        var_18 = wp::normalize(var_3);
        var_19 = wp::sub(var_18, var_17);
        var_20 = wp::length(var_19);
        // out[i] = wp.vec3(h) + wp.vec3(gap)                                                     <L 15>
        var_21 = wp::vec_t<3, wp::float32>(var_h);
        var_22 = wp::vec_t<3, wp::float32>(var_20);
        var_23 = wp::add(var_21, var_22);
        wp::array_store(var_out, var_1, var_23);
}



extern "C" __global__ void boids_update_32772179_cuda_kernel_backward(
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
        const wp::float32 var_5 = 3.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const bool var_12 = false;
        bool var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        //---------
        // forward
        // def boids_update(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = points[i]                                                                          <L 8>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dir_2 = wp.normalize((wp.outer(x, wp.vec3(3.0)) * x) - x)                              <L 9>
        var_6 = wp::vec_t<3, wp::float32>(var_5);
        var_7 = wp::outer(var_3, var_6);
        var_8 = wp::mul(var_7, var_3);
        var_9 = wp::sub(var_8, var_3);
        var_10 = wp::normalize(var_9);
        // limited = wp.vec3(dir_2)                                                               <L 10>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // if bool(False):                                                                        <L 11>
        var_13 = bool(var_12);
        if (var_13) {
            // limited = limited + x                                                              <L 12>
            var_14 = wp::add(var_11, var_3);
        }
        var_15 = wp::where(var_13, var_14, var_11);
        // unit = wp.normalize(limited - dir_2)                                                   <L 13>
        var_16 = wp::sub(var_15, var_10);
        var_17 = wp::normalize(var_16);
        // gap = wp.length(wp.normalize(x) - unit)                                                <L 14>
        var_18 = wp::normalize(var_3);
        var_19 = wp::sub(var_18, var_17);
        var_20 = wp::length(var_19);
        // out[i] = wp.vec3(h) + wp.vec3(gap)                                                     <L 15>
        var_21 = wp::vec_t<3, wp::float32>(var_h);
        var_22 = wp::vec_t<3, wp::float32>(var_20);
        var_23 = wp::add(var_21, var_22);
        // wp::array_store(var_out, var_1, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_1, var_23, adj_out, adj_1, adj_23);
        wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_vec_t(var_20, adj_20, adj_22);
        wp::adj_vec_t(var_h, adj_h, adj_21);
        // adj: out[i] = wp.vec3(h) + wp.vec3(gap)                                                <L 15>
        wp::adj_length(var_19, var_20, adj_19, adj_20);
        wp::adj_sub(var_18, var_17, adj_18, adj_17, adj_19);
        wp::adj_normalize(var_3, var_18, adj_3, adj_18);
        // adj: gap = wp.length(wp.normalize(x) - unit)                                           <L 14>
        wp::adj_normalize(var_16, var_17, adj_16, adj_17);
        wp::adj_sub(var_15, var_10, adj_15, adj_10, adj_16);
        // adj: unit = wp.normalize(limited - dir_2)                                              <L 13>
        wp::adj_where(var_13, var_14, var_11, adj_13, adj_14, adj_11, adj_15);
        if (var_13) {
            wp::adj_add(var_11, var_3, adj_11, adj_3, adj_14);
            // adj: limited = limited + x                                                         <L 12>
        }
        // adj: if bool(False):                                                                   <L 11>
        wp::adj_vec_t(var_10, adj_10, adj_11);
        // adj: limited = wp.vec3(dir_2)                                                          <L 10>
        wp::adj_normalize(var_9, var_10, adj_9, adj_10);
        wp::adj_sub(var_8, var_3, adj_8, adj_3, adj_9);
        wp::adj_mul(var_7, var_3, adj_7, adj_3, adj_8);
        wp::adj_outer(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_vec_t(var_5, adj_5, adj_6);
        // adj: dir_2 = wp.normalize((wp.outer(x, wp.vec3(3.0)) * x) - x)                         <L 9>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
        // adj: x = points[i]                                                                     <L 8>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def boids_update(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):  <L 5>
        return;
}

