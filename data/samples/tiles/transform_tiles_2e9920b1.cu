// Warp 1.19.0 cuda code for transform_tiles_2e9920b1.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void transform_tiles_43654c83_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_y,
    wp::float32 var_threshold)
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
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::int32 var_7;
        //---------
        // forward
        // def transform_tiles(values: wp.array[float], y: wp.array[float], threshold: float):       <L 9>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 12>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
        // clipped = wp.tile_map(wp.max, t, wp.tile_full(shape=TILE_SIZE, value=threshold, dtype=float))       <L 13>
        var_4 = wp::tile_full<wp::float32, 64>(var_threshold);
        var_5 = wp::tile_binary_map(wp::max, var_3, var_4);
        // mapped = wp.tile_map(wp.cos, clipped)                                                  <L 14>
        var_6 = wp::tile_unary_map(wp::cos, var_5);
        // wp.tile_store(y, mapped, offset=i * TILE_SIZE)                                         <L 15>
        var_7 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_y, var_7, var_6);
}



extern "C" __global__ void transform_tiles_43654c83_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_y,
    wp::float32 var_threshold,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_y,
    wp::float32 adj_threshold)
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
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::int32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_4{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_5{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_6{};
        wp::int32 adj_7 = {};
        //---------
        // forward
        // def transform_tiles(values: wp.array[float], y: wp.array[float], threshold: float):       <L 9>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 12>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
        // clipped = wp.tile_map(wp.max, t, wp.tile_full(shape=TILE_SIZE, value=threshold, dtype=float))       <L 13>
        var_4 = wp::tile_full<wp::float32, 64>(var_threshold);
        var_5 = wp::tile_binary_map(wp::max, var_3, var_4);
        // mapped = wp.tile_map(wp.cos, clipped)                                                  <L 14>
        var_6 = wp::tile_unary_map(wp::cos, var_5);
        // wp.tile_store(y, mapped, offset=i * TILE_SIZE)                                         <L 15>
        var_7 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_y, var_7, var_6);
        //---------
        // reverse
        wp::adj_tile_store(var_y, var_7, var_6, adj_y, adj_7, adj_6);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_7);
        // adj: wp.tile_store(y, mapped, offset=i * TILE_SIZE)                                    <L 15>
        wp::adj_tile_unary_map(wp::cos, var_5, wp::adj_cos, adj_5, adj_6);
        // adj: mapped = wp.tile_map(wp.cos, clipped)                                             <L 14>
        wp::adj_tile_binary_map(wp::max, var_3, var_4, wp::adj_max, adj_3, adj_4, adj_5);
        // adj: clipped = wp.tile_map(wp.max, t, wp.tile_full(shape=TILE_SIZE, value=threshold, dtype=float))  <L 13>
        wp::adj_tile_load(var_values, var_2, adj_values, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                   <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def transform_tiles(values: wp.array[float], y: wp.array[float], threshold: float):  <L 9>
        return;
}

