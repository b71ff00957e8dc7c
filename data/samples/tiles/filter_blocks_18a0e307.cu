// Warp 1.19.0 cuda code for filter_blocks_18a0e307.py; preceded by preamble_cuda_0d956741bf3f7d3f.cuh


extern "C" __global__ void filter_blocks_0e088a21_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_signal,
    wp::array_t<wp::float32> var_result,
    wp::int32 var_seed,
    wp::float32 var_scale)
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
        const wp::int32 var_1 = 64;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::uint32 var_4;
        const wp::float32 var_5 = -1.0;
        const wp::float32 var_6 = 1.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::float32 var_8 = -1.0;
        const wp::float32 var_9 = 1.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::int32 var_12;
        //---------
        // forward
        // def filter_blocks(signal: wp.array[float], result: wp.array[float], seed: wp.int32, scale: float):       <L 9>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(signal, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 12>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_signal, var_2);
        // rng = wp.rand_init(seed, i)                                                            <L 13>
        var_4 = wp::rand_init(var_seed, var_0);
        // noise = wp.tile_randf(TILE_SIZE, rng, -1.0, 1.0)                                       <L 16>
        var_7 = wp::tile_randf<64>(var_4, var_8, var_9);
        // noisy = t + noise * scale                                                              <L 17>
        var_10 = wp::tile_mul(var_7, var_scale);
        var_11 = wp::tile_add(var_3, var_10);
        // wp.tile_store(result, noisy, offset=i * TILE_SIZE)                                     <L 18>
        var_12 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_result, var_12, var_11);
    }
}



extern "C" __global__ void filter_blocks_0e088a21_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_signal,
    wp::array_t<wp::float32> var_result,
    wp::int32 var_seed,
    wp::float32 var_scale,
    wp::array_t<wp::float32> adj_signal,
    wp::array_t<wp::float32> adj_result,
    wp::int32 adj_seed,
    wp::float32 adj_scale)
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
        const wp::int32 var_1 = 64;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::uint32 var_4;
        const wp::float32 var_5 = -1.0;
        const wp::float32 var_6 = 1.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::float32 var_8 = -1.0;
        const wp::float32 var_9 = 1.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::int32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
        wp::uint32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_7{};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_10{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_11{};
        wp::int32 adj_12 = {};
        //---------
        // forward
        // def filter_blocks(signal: wp.array[float], result: wp.array[float], seed: wp.int32, scale: float):       <L 9>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(signal, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 12>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_signal, var_2);
        // rng = wp.rand_init(seed, i)                                                            <L 13>
        var_4 = wp::rand_init(var_seed, var_0);
        // noise = wp.tile_randf(TILE_SIZE, rng, -1.0, 1.0)                                       <L 16>
        var_7 = wp::tile_randf<64>(var_4, var_8, var_9);
        // noisy = t + noise * scale                                                              <L 17>
        var_10 = wp::tile_mul(var_7, var_scale);
        var_11 = wp::tile_add(var_3, var_10);
        // wp.tile_store(result, noisy, offset=i * TILE_SIZE)                                     <L 18>
        var_12 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_result, var_12, var_11);
        //---------
        // reverse
        wp::adj_tile_store(var_result, var_12, var_11, adj_result, adj_12, adj_11);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_12);
        // adj: wp.tile_store(result, noisy, offset=i * TILE_SIZE)                                <L 18>
        wp::adj_tile_add(var_3, var_10, adj_3, adj_10, adj_11);
        wp::adj_tile_mul(var_7, var_scale, adj_7, adj_scale, adj_10);
        // adj: noisy = t + noise * scale                                                         <L 17>
        // adj: noise = wp.tile_randf(TILE_SIZE, rng, -1.0, 1.0)                                  <L 16>
        // adj: rng = wp.rand_init(seed, i)                                                       <L 13>
        wp::adj_tile_load(var_signal, var_2, adj_signal, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(signal, shape=TILE_SIZE, offset=i * TILE_SIZE)                   <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def filter_blocks(signal: wp.array[float], result: wp.array[float], seed: wp.int32, scale: float):  <L 9>
        continue;
    }
}

