// Warp 1.19.0 cpu code for tile_gemm_544f47bf.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_tile_gemm_71c29bcb {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> w;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void tile_gemm_71c29bcb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tile_gemm_71c29bcb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_out = _wp_args->out;
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



template <bool wp_linear_contiguous>
static void tile_gemm_71c29bcb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tile_gemm_71c29bcb *_wp_args,
    wp_args_tile_gemm_71c29bcb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_w = _wp_adj_args->w;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
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
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tile_gemm_71c29bcb_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_gemm_71c29bcb *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tile_gemm_71c29bcb_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void tile_gemm_71c29bcb_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_gemm_71c29bcb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tile_gemm_71c29bcb_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void tile_gemm_71c29bcb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_gemm_71c29bcb *_wp_args)
{
    tile_gemm_71c29bcb_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tile_gemm_71c29bcb_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_gemm_71c29bcb *_wp_args,
    wp_args_tile_gemm_71c29bcb *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tile_gemm_71c29bcb_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void tile_gemm_71c29bcb_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_gemm_71c29bcb *_wp_args,
    wp_args_tile_gemm_71c29bcb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tile_gemm_71c29bcb_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void tile_gemm_71c29bcb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_gemm_71c29bcb *_wp_args,
    wp_args_tile_gemm_71c29bcb *_wp_adj_args)
{
    tile_gemm_71c29bcb_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

