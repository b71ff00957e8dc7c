// Warp 1.19.0 cuda code for batched_gemm_a0f7ce42.py; preceded by preamble_cuda_0d956741bf3f7d3f.cuh


extern "C" __global__ void batched_gemm_a16a4628_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_batch,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_products)
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
        wp::array_t<wp::float32> var_1;
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 0;
        wp::array_t<wp::float32> var_8;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_10 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_13 = nullptr;
        const wp::float32 var_14 = 0.5;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 0;
        const wp::float32 var_19 = 0.0;
        wp::array_t<wp::float32> var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        //---------
        // forward
        // def batched_gemm(batch: wp.array3d[float], weights: wp.array3d[float], products: wp.array3d[float]):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(batch[i], shape=(TILE_K, TILE_M))                                     <L 12>
        var_1 = wp::view(var_batch, var_0);
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::tile_load<wp::float32, true, false, 8, 8>(var_1, var_6, var_7);
        // b = wp.tile_load(weights[i], shape=(TILE_K, TILE_M))                                   <L 13>
        var_8 = wp::view(var_weights, var_0);
        var_9 = wp::tuple(var_2, var_3);
        var_10 = wp::tile_load<wp::float32, true, false, 8, 8>(var_8, var_11, var_12);
        // prod = wp.tile_matmul(wp.tile_transpose(a), b, alpha=0.5)                              <L 14>
        var_13 = wp::tile_transpose(var_5);
        var_15 = wp::tile_matmul(var_16, var_17, var_18, var_13, var_10, var_15, var_14, var_19);
        // wp.tile_store(products[i], prod)                                                       <L 15>
        var_20 = wp::view(var_products, var_0);
        wp::tile_store<wp::float32, true, false>(var_20, var_21, var_22, var_15);
    }
}



extern "C" __global__ void batched_gemm_a16a4628_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_batch,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_products,
    wp::array_t<wp::float32> adj_batch,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_products)
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
        wp::array_t<wp::float32> var_1;
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 0;
        wp::array_t<wp::float32> var_8;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_10 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_13 = nullptr;
        const wp::float32 var_14 = 0.5;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 0;
        const wp::float32 var_19 = 0.0;
        wp::array_t<wp::float32> var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::array_t<wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_5 = var_5;
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::array_t<wp::float32> adj_8 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_10 = var_10;
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_13 = var_13;
        wp::float32 adj_14 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_15 = var_15;
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::array_t<wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        //---------
        // forward
        // def batched_gemm(batch: wp.array3d[float], weights: wp.array3d[float], products: wp.array3d[float]):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(batch[i], shape=(TILE_K, TILE_M))                                     <L 12>
        var_1 = wp::view(var_batch, var_0);
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::tile_load<wp::float32, true, false, 8, 8>(var_1, var_6, var_7);
        // b = wp.tile_load(weights[i], shape=(TILE_K, TILE_M))                                   <L 13>
        var_8 = wp::view(var_weights, var_0);
        var_9 = wp::tuple(var_2, var_3);
        var_10 = wp::tile_load<wp::float32, true, false, 8, 8>(var_8, var_11, var_12);
        // prod = wp.tile_matmul(wp.tile_transpose(a), b, alpha=0.5)                              <L 14>
        var_13 = wp::tile_transpose(var_5);
        var_15 = wp::tile_matmul(var_16, var_17, var_18, var_13, var_10, var_15, var_14, var_19);
        // wp.tile_store(products[i], prod)                                                       <L 15>
        var_20 = wp::view(var_products, var_0);
        // wp::tile_store<wp::float32, true, false>(var_20, var_21, var_22, var_15);
        //---------
        // reverse
        wp::adj_tile_store(var_20, var_21, var_22, var_15, adj_20, adj_21, adj_22, adj_15);
        wp::adj_view(var_products, var_0, adj_products, adj_0, adj_20);
        // adj: wp.tile_store(products[i], prod)                                                  <L 15>
        wp::adj_tile_matmul(var_16, var_17, var_18, var_13, var_10, var_15, var_14, var_19, adj_16, adj_17, adj_18, adj_13, adj_10, adj_15, adj_14, adj_19, adj_15);
        wp::adj_tile_transpose(var_5, adj_5, adj_13);
        // adj: prod = wp.tile_matmul(wp.tile_transpose(a), b, alpha=0.5)                         <L 14>
        wp::adj_tile_load(var_8, var_11, var_12, adj_8, adj_11, adj_12, adj_10);
        wp::adj_view(var_weights, var_0, adj_weights, adj_0, adj_8);
        // adj: b = wp.tile_load(weights[i], shape=(TILE_K, TILE_M))                              <L 13>
        wp::adj_tile_load(var_1, var_6, var_7, adj_1, adj_6, adj_7, adj_5);
        wp::adj_view(var_batch, var_0, adj_batch, adj_0, adj_1);
        // adj: a = wp.tile_load(batch[i], shape=(TILE_K, TILE_M))                                <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def batched_gemm(batch: wp.array3d[float], weights: wp.array3d[float], products: wp.array3d[float]):  <L 10>
        continue;
    }
}

