// Warp 1.19.0 cuda code for column_totals_29c87e4f.py; preceded by preamble_cuda_0d956741bf3f7d3f.cuh


extern "C" __global__ void column_totals_0233f792_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rows,
    wp::array_t<wp::float32> var_bias_grad)
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
        const wp::int32 var_1 = 8;
        const wp::int32 var_2 = 32;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,32>, wp::tile_stride_t<32,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,32>,wp::tile_stride_t<32,1>,false>();
        const wp::int32 var_12 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        const wp::int32 var_15 = 0;
        //---------
        // forward
        // def column_totals(rows: wp.array2d[float], bias_grad: wp.array[float]):                <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // block_rows = wp.tile_load(rows, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))        <L 12>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mul(var_0, var_1);
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_load<wp::float32, true, false, 8, 32>(var_rows, var_4, var_8);
        // m = block_rows * 0.5                                                                   <L 13>
        var_10 = wp::tile_mul(var_7, var_9);
        // col = wp.tile_sum(wp.tile_map(wp.abs, m), axis=0)                                      <L 14>
        var_11 = wp::tile_unary_map(wp::abs, var_10);
        var_13 = wp::tile_sum_axis<0>(var_11);
        // wp.tile_atomic_add(bias_grad, col)                                                     <L 15>
        var_14 = wp::tile_atomic_add<wp::float32, true>(var_bias_grad, var_15, var_13);
    }
}



extern "C" __global__ void column_totals_0233f792_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rows,
    wp::array_t<wp::float32> var_bias_grad,
    wp::array_t<wp::float32> adj_rows,
    wp::array_t<wp::float32> adj_bias_grad)
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
        const wp::int32 var_1 = 8;
        const wp::int32 var_2 = 32;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,32>, wp::tile_stride_t<32,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,32>,wp::tile_stride_t<32,1>,true>();
        const wp::int32 var_12 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        const wp::int32 var_15 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> adj_7{};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> adj_10{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,32>, wp::tile_stride_t<32,1>>, true>& adj_11 = var_11;
        wp::int32 adj_12 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_13{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_14{};
        wp::int32 adj_15 = {};
        //---------
        // forward
        // def column_totals(rows: wp.array2d[float], bias_grad: wp.array[float]):                <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // block_rows = wp.tile_load(rows, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))        <L 12>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mul(var_0, var_1);
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_load<wp::float32, true, false, 8, 32>(var_rows, var_4, var_8);
        // m = block_rows * 0.5                                                                   <L 13>
        var_10 = wp::tile_mul(var_7, var_9);
        // col = wp.tile_sum(wp.tile_map(wp.abs, m), axis=0)                                      <L 14>
        var_11 = wp::tile_unary_map(wp::abs, var_10);
        var_13 = wp::tile_sum_axis<0>(var_11);
        // wp.tile_atomic_add(bias_grad, col)                                                     <L 15>
        // var_14 = wp::tile_atomic_add<wp::float32, true>(var_bias_grad, var_15, var_13);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_bias_grad, var_15, var_13, adj_bias_grad, adj_15, adj_13, adj_14);
        // adj: wp.tile_atomic_add(bias_grad, col)                                                <L 15>
        wp::adj_tile_sum_axis<0>(var_11, adj_11, adj_13);
        wp::adj_tile_unary_map(wp::abs, var_10, wp::adj_abs, adj_10, adj_11);
        // adj: col = wp.tile_sum(wp.tile_map(wp.abs, m), axis=0)                                 <L 14>
        wp::adj_tile_mul(var_7, var_9, adj_7, adj_9, adj_10);
        // adj: m = block_rows * 0.5                                                              <L 13>
        wp::adj_tile_load(var_rows, var_4, var_8, adj_rows, adj_4, adj_8, adj_7);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: block_rows = wp.tile_load(rows, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))   <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def column_totals(rows: wp.array2d[float], bias_grad: wp.array[float]):           <L 10>
        continue;
    }
}

