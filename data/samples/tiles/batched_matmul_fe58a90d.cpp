// Warp 1.19.0 cpu code for batched_matmul_fe58a90d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_batched_matmul_afab9e81 {
    wp::array_t<wp::float32> blocks;
    wp::array_t<wp::float32> w;
    wp::array_t<wp::float32> result;
    wp::float32 gain;
};


template <bool wp_linear_contiguous>
static void batched_matmul_afab9e81_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_batched_matmul_afab9e81 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_blocks = _wp_args->blocks;
    wp::array_t<wp::float32> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::float32 var_gain = _wp_args->gain;
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
    wp::tuple_t<wp::int32, wp::int32> var_13;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    const wp::float32 var_18 = 1.0;
    wp::array_t<wp::float32> var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    //---------
    // forward
    // def batched_matmul(                                                                    <L 10>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(blocks[i], shape=(TILE_M, TILE_K))                                    <L 17>
    var_1 = wp::view(var_blocks, var_0);
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::tile_load<wp::float32, true, false, 8, 8>(var_1, var_6, var_7);
    // b = wp.tile_load(w[i], shape=(TILE_K, TILE_M))                                         <L 18>
    var_8 = wp::view(var_w, var_0);
    var_9 = wp::tuple(var_3, var_2);
    var_10 = wp::tile_load<wp::float32, true, false, 8, 8>(var_8, var_11, var_12);
    // prod = wp.tile_zeros(shape=(TILE_M, TILE_M), dtype=float)                              <L 19>
    var_13 = wp::tuple(var_2, var_2);
    var_14 = wp::tile_zeros<float, 8, 8>();
    // wp.tile_matmul(a, b, prod, alpha=gain)                                                 <L 20>
    wp::tile_matmul_acc(var_15, var_16, var_17, var_5, var_10, var_14, var_gain, var_18);
    // wp.tile_store(result[i], prod)                                                         <L 21>
    var_19 = wp::view(var_result, var_0);
    wp::tile_store<wp::float32, true, false>(var_19, var_20, var_21, var_14);
}



template <bool wp_linear_contiguous>
static void batched_matmul_afab9e81_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_batched_matmul_afab9e81 *_wp_args,
    wp_args_batched_matmul_afab9e81 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_blocks = _wp_args->blocks;
    wp::array_t<wp::float32> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::float32 var_gain = _wp_args->gain;
    wp::array_t<wp::float32> adj_blocks = _wp_adj_args->blocks;
    wp::array_t<wp::float32> adj_w = _wp_adj_args->w;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    wp::float32 adj_gain = _wp_adj_args->gain;
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
    wp::tuple_t<wp::int32, wp::int32> var_13;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    const wp::float32 var_18 = 1.0;
    wp::array_t<wp::float32> var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
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
    wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_14 = var_14;
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::array_t<wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    //---------
    // forward
    // def batched_matmul(                                                                    <L 10>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(blocks[i], shape=(TILE_M, TILE_K))                                    <L 17>
    var_1 = wp::view(var_blocks, var_0);
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::tile_load<wp::float32, true, false, 8, 8>(var_1, var_6, var_7);
    // b = wp.tile_load(w[i], shape=(TILE_K, TILE_M))                                         <L 18>
    var_8 = wp::view(var_w, var_0);
    var_9 = wp::tuple(var_3, var_2);
    var_10 = wp::tile_load<wp::float32, true, false, 8, 8>(var_8, var_11, var_12);
    // prod = wp.tile_zeros(shape=(TILE_M, TILE_M), dtype=float)                              <L 19>
    var_13 = wp::tuple(var_2, var_2);
    var_14 = wp::tile_zeros<float, 8, 8>();
    // wp.tile_matmul(a, b, prod, alpha=gain)                                                 <L 20>
    wp::tile_matmul_acc(var_15, var_16, var_17, var_5, var_10, var_14, var_gain, var_18);
    // wp.tile_store(result[i], prod)                                                         <L 21>
    var_19 = wp::view(var_result, var_0);
    // wp::tile_store<wp::float32, true, false>(var_19, var_20, var_21, var_14);
    //---------
    // reverse
    wp::adj_tile_store(var_19, var_20, var_21, var_14, adj_19, adj_20, adj_21, adj_14);
    wp::adj_view(var_result, var_0, adj_result, adj_0, adj_19);
    // adj: wp.tile_store(result[i], prod)                                                    <L 21>
    wp::adj_tile_matmul_acc(var_15, var_16, var_17, var_5, var_10, var_14, var_gain, var_18, adj_15, adj_16, adj_17, adj_5, adj_10, adj_14, adj_gain, adj_18);
    // adj: wp.tile_matmul(a, b, prod, alpha=gain)                                            <L 20>
    // adj: prod = wp.tile_zeros(shape=(TILE_M, TILE_M), dtype=float)                         <L 19>
    wp::adj_tile_load(var_8, var_11, var_12, adj_8, adj_11, adj_12, adj_10);
    wp::adj_view(var_w, var_0, adj_w, adj_0, adj_8);
    // adj: b = wp.tile_load(w[i], shape=(TILE_K, TILE_M))                                    <L 18>
    wp::adj_tile_load(var_1, var_6, var_7, adj_1, adj_6, adj_7, adj_5);
    wp::adj_view(var_blocks, var_0, adj_blocks, adj_0, adj_1);
    // adj: a = wp.tile_load(blocks[i], shape=(TILE_M, TILE_K))                               <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def batched_matmul(                                                               <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void batched_matmul_afab9e81_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_matmul_afab9e81 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        batched_matmul_afab9e81_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void batched_matmul_afab9e81_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_matmul_afab9e81 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    batched_matmul_afab9e81_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void batched_matmul_afab9e81_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_matmul_afab9e81 *_wp_args)
{
    batched_matmul_afab9e81_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void batched_matmul_afab9e81_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_matmul_afab9e81 *_wp_args,
    wp_args_batched_matmul_afab9e81 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        batched_matmul_afab9e81_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void batched_matmul_afab9e81_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_matmul_afab9e81 *_wp_args,
    wp_args_batched_matmul_afab9e81 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    batched_matmul_afab9e81_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void batched_matmul_afab9e81_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_matmul_afab9e81 *_wp_args,
    wp_args_batched_matmul_afab9e81 *_wp_adj_args)
{
    batched_matmul_afab9e81_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

