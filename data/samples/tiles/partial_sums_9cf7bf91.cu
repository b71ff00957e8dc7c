// Warp 1.19.0 cuda code for partial_sums_9cf7bf91.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void partial_sums_1e2c9434_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_baseline,
    wp::float32 var_gain,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> var_block_sums)
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
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        //---------
        // forward
        // def partial_sums(                                                                      <L 9>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // tile = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                     <L 17>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
        // ref = wp.tile_load(baseline, shape=TILE_SIZE, offset=i * TILE_SIZE)                    <L 18>
        var_4 = wp::mul(var_0, var_1);
        var_5 = wp::tile_load<wp::float32, true, false, 64>(var_baseline, var_4);
        // blended = wp.tile_zeros(shape=TILE_SIZE, dtype=float)                                  <L 21>
        var_6 = wp::tile_zeros<float, 64>();
        // wp.tile_axpy(gain, tile, blended)                                                      <L 22>
        wp::tile_axpy(var_gain, var_3, var_6);
        // wp.tile_axpy(alpha, ref, blended)                                                      <L 23>
        wp::tile_axpy(var_alpha, var_5, var_6);
        // s = wp.tile_max(blended)                                                               <L 24>
        var_7 = wp::tile_max(var_6);
        // wp.tile_store(block_sums, s, offset=i)                                                 <L 26>
        wp::tile_store<wp::float32, true, false>(var_block_sums, var_0, var_7);
}



extern "C" __global__ void partial_sums_1e2c9434_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_baseline,
    wp::float32 var_gain,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> var_block_sums,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_baseline,
    wp::float32 adj_gain,
    wp::float32 adj_alpha,
    wp::array_t<wp::float32> adj_block_sums)
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
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
        wp::int32 adj_4 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_5{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_6{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_7{};
        //---------
        // forward
        // def partial_sums(                                                                      <L 9>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // tile = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                     <L 17>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
        // ref = wp.tile_load(baseline, shape=TILE_SIZE, offset=i * TILE_SIZE)                    <L 18>
        var_4 = wp::mul(var_0, var_1);
        var_5 = wp::tile_load<wp::float32, true, false, 64>(var_baseline, var_4);
        // blended = wp.tile_zeros(shape=TILE_SIZE, dtype=float)                                  <L 21>
        var_6 = wp::tile_zeros<float, 64>();
        // wp.tile_axpy(gain, tile, blended)                                                      <L 22>
        wp::tile_axpy(var_gain, var_3, var_6);
        // wp.tile_axpy(alpha, ref, blended)                                                      <L 23>
        wp::tile_axpy(var_alpha, var_5, var_6);
        // s = wp.tile_max(blended)                                                               <L 24>
        var_7 = wp::tile_max(var_6);
        // wp.tile_store(block_sums, s, offset=i)                                                 <L 26>
        // wp::tile_store<wp::float32, true, false>(var_block_sums, var_0, var_7);
        //---------
        // reverse
        wp::adj_tile_store(var_block_sums, var_0, var_7, adj_block_sums, adj_0, adj_7);
        // adj: wp.tile_store(block_sums, s, offset=i)                                            <L 26>
        // adj: s = wp.tile_max(blended)                                                          <L 24>
        wp::adj_tile_axpy(var_alpha, var_5, var_6, adj_alpha, adj_5, adj_6);
        // adj: wp.tile_axpy(alpha, ref, blended)                                                 <L 23>
        wp::adj_tile_axpy(var_gain, var_3, var_6, adj_gain, adj_3, adj_6);
        // adj: wp.tile_axpy(gain, tile, blended)                                                 <L 22>
        // adj: blended = wp.tile_zeros(shape=TILE_SIZE, dtype=float)                             <L 21>
        wp::adj_tile_load(var_baseline, var_4, adj_baseline, adj_4, adj_5);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: ref = wp.tile_load(baseline, shape=TILE_SIZE, offset=i * TILE_SIZE)               <L 18>
        wp::adj_tile_load(var_values, var_2, adj_values, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: tile = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                <L 17>
        // adj: i = wp.tid()                                                                      <L 16>
        // adj: def partial_sums(                                                                 <L 9>
        return;
}

