// Warp 1.19.0 cuda code for make_grid_points_f1b54b30.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void make_grid_points_f9aaefe7_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // forward
        // def make_grid_points(cell_size: float, positions: wp.array2d[wp.vec2]):                <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // positions[i, j] = wp.vec2((float(i) + 0.5) * cell_size, (float(j) + 0.5) * cell_size)       <L 7>
        var_2 = wp::float(var_0);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::mul(var_4, var_cell_size);
        var_6 = wp::float(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::mul(var_8, var_cell_size);
        var_10 = wp::vec_t<2, wp::float32>(var_5, var_9);
        wp::array_store(var_positions, var_0, var_1, var_10);
}



extern "C" __global__ void make_grid_points_f9aaefe7_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::float32 adj_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        //---------
        // forward
        // def make_grid_points(cell_size: float, positions: wp.array2d[wp.vec2]):                <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // positions[i, j] = wp.vec2((float(i) + 0.5) * cell_size, (float(j) + 0.5) * cell_size)       <L 7>
        var_2 = wp::float(var_0);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::mul(var_4, var_cell_size);
        var_6 = wp::float(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::mul(var_8, var_cell_size);
        var_10 = wp::vec_t<2, wp::float32>(var_5, var_9);
        // wp::array_store(var_positions, var_0, var_1, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_positions, var_0, var_1, var_10, adj_positions, adj_0, adj_1, adj_10);
        wp::adj_vec_t(var_5, var_9, adj_5, adj_9, adj_10);
        wp::adj_mul(var_8, var_cell_size, adj_8, adj_cell_size, adj_9);
        wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_float(var_1, adj_1, adj_6);
        wp::adj_mul(var_4, var_cell_size, adj_4, adj_cell_size, adj_5);
        wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: positions[i, j] = wp.vec2((float(i) + 0.5) * cell_size, (float(j) + 0.5) * cell_size)  <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def make_grid_points(cell_size: float, positions: wp.array2d[wp.vec2]):           <L 5>
        return;
}

