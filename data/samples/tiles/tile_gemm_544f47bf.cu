// Warp 1.19.0 cuda code for tile_gemm_544f47bf.py; preceded by preamble_cuda_0d956741bf3f7d3f.cuh


extern "C" __global__ void tile_gemm_71c29bcb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_w,
    wp::array_t<wp::float32> var_out)
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
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_11;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_13 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 0.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        //---------
        // forward
        // def tile_gemm(a: wp.array2d(dtype=float), w: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // b_tile = wp.tile_load(w, shape=(TILE_K, TILE_N))                                       <L 13>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_load<wp::float32, true, false, 8, 16>(var_w, var_5, var_6);
        // prod = wp.tile_matmul(wp.tile_load(a, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0)), b_tile)       <L 14>
        var_8 = wp::tuple(var_7, var_1);
        var_9 = wp::mul(var_0, var_7);
        var_11 = wp::tuple(var_9, var_10);
        var_12 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_9, var_13);
        var_14 = wp::tile_matmul(var_15, var_16, var_17, var_12, var_4, var_14, var_18, var_19);
        // c = wp.tile_map(wp.tanh, prod)                                                         <L 15>
        var_20 = wp::tile_unary_map(wp::tanh, var_14);
        // wp.tile_store(out, c, offset=(i * TILE_M, 0))                                          <L 16>
        var_21 = wp::mul(var_0, var_7);
        var_23 = wp::tuple(var_21, var_22);
        wp::tile_store<wp::float32, true, false>(var_out, var_21, var_24, var_20);
    }
}



extern "C" __global__ void tile_gemm_71c29bcb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_w,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_w,
    wp::array_t<wp::float32> adj_out)
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
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_11;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_13 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 0.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_4 = var_4;
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_11 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_12 = var_12;
        wp::int32 adj_13 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_14 = var_14;
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> adj_20{};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def tile_gemm(a: wp.array2d(dtype=float), w: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // b_tile = wp.tile_load(w, shape=(TILE_K, TILE_N))                                       <L 13>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_load<wp::float32, true, false, 8, 16>(var_w, var_5, var_6);
        // prod = wp.tile_matmul(wp.tile_load(a, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0)), b_tile)       <L 14>
        var_8 = wp::tuple(var_7, var_1);
        var_9 = wp::mul(var_0, var_7);
        var_11 = wp::tuple(var_9, var_10);
        var_12 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_9, var_13);
        var_14 = wp::tile_matmul(var_15, var_16, var_17, var_12, var_4, var_14, var_18, var_19);
        // c = wp.tile_map(wp.tanh, prod)                                                         <L 15>
        var_20 = wp::tile_unary_map(wp::tanh, var_14);
        // wp.tile_store(out, c, offset=(i * TILE_M, 0))                                          <L 16>
        var_21 = wp::mul(var_0, var_7);
        var_23 = wp::tuple(var_21, var_22);
        // wp::tile_store<wp::float32, true, false>(var_out, var_21, var_24, var_20);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_21, var_24, var_20, adj_out, adj_21, adj_24, adj_20);
        wp::adj_mul(var_0, var_7, adj_0, adj_7, adj_21);
        // adj: wp.tile_store(out, c, offset=(i * TILE_M, 0))                                     <L 16>
        wp::adj_tile_unary_map(wp::tanh, var_14, wp::adj_tanh, adj_14, adj_20);
        // adj: c = wp.tile_map(wp.tanh, prod)                                                    <L 15>
        wp::adj_tile_matmul(var_15, var_16, var_17, var_12, var_4, var_14, var_18, var_19, adj_15, adj_16, adj_17, adj_12, adj_4, adj_14, adj_18, adj_19, adj_14);
        wp::adj_tile_load(var_a, var_9, var_13, adj_a, adj_9, adj_13, adj_12);
        wp::adj_mul(var_0, var_7, adj_0, adj_7, adj_9);
        // adj: prod = wp.tile_matmul(wp.tile_load(a, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0)), b_tile)  <L 14>
        wp::adj_tile_load(var_w, var_5, var_6, adj_w, adj_5, adj_6, adj_4);
        // adj: b_tile = wp.tile_load(w, shape=(TILE_K, TILE_N))                                  <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def tile_gemm(a: wp.array2d(dtype=float), w: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):  <L 11>
        continue;
    }
}

