// Warp 1.19.0 cuda code for filter_blocks_b2e46b96.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void filter_blocks_ab1aa039_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 64;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::int32 var_4;
        //---------
        // forward
        // def filter_blocks(x: wp.array[float], y: wp.array[float]):                             <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                             <L 11>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_x, var_2);
        // wp.tile_store(y, t, offset=i * TILE_SIZE)                                              <L 12>
        var_4 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_y, var_4, var_3);
}



extern "C" __global__ void filter_blocks_ab1aa039_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 64;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::int32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
        wp::int32 adj_4 = {};
        //---------
        // forward
        // def filter_blocks(x: wp.array[float], y: wp.array[float]):                             <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                             <L 11>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_x, var_2);
        // wp.tile_store(y, t, offset=i * TILE_SIZE)                                              <L 12>
        var_4 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_y, var_4, var_3);
        //---------
        // reverse
        wp::adj_tile_store(var_y, var_4, var_3, adj_y, adj_4, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: wp.tile_store(y, t, offset=i * TILE_SIZE)                                         <L 12>
        wp::adj_tile_load(var_x, var_2, adj_x, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 11>
        // adj: i = wp.tid()                                                                      <L 10>
        // adj: def filter_blocks(x: wp.array[float], y: wp.array[float]):                        <L 9>
        return;
}

