// Warp 1.19.0 cpu code for reduce_columns_971d8909.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_reduce_columns_281696f1 {
    wp::array_t<wp::float32> matrix;
    wp::array_t<wp::float32> col_sums;
    wp::float32 gain;
};


template <bool wp_linear_contiguous>
static void reduce_columns_281696f1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reduce_columns_281696f1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_matrix = _wp_args->matrix;
    wp::array_t<wp::float32> var_col_sums = _wp_args->col_sums;
    wp::float32 var_gain = _wp_args->gain;
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
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,32>, wp::tile_stride_t<32,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,32>,wp::tile_stride_t<32,1>,false>();
    const wp::int32 var_13 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::array_t<wp::float32> var_15;
    const wp::int32 var_16 = 0;
    //---------
    // forward
    // def reduce_columns(matrix: wp.array2d(dtype=float), col_sums: wp.array2d(dtype=float), gain: float):       <L 10>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // m = wp.tile_load(matrix, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))               <L 13>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::mul(var_0, var_1);
    var_6 = wp::tuple(var_4, var_5);
    var_7 = wp::tile_load<wp::float32, true, false, 8, 32>(var_matrix, var_4, var_8);
    // block_rows = wp.tile_map(wp.tanh, m * gain) * gain                                     <L 14>
    var_9 = wp::tile_mul(var_7, var_gain);
    var_10 = wp::tile_unary_map(wp::tanh, var_9);
    var_11 = wp::tile_mul(var_10, var_gain);
    // col = wp.tile_sum(wp.tile_map(wp.mul, block_rows, block_rows), axis=0)                 <L 15>
    var_12 = wp::tile_binary_map(wp::mul, var_11, var_11);
    var_14 = wp::tile_sum_axis<0>(var_12);
    // wp.tile_store(col_sums[i], col)                                                        <L 17>
    var_15 = wp::view(var_col_sums, var_0);
    wp::tile_store<wp::float32, true, false>(var_15, var_16, var_14);
}



template <bool wp_linear_contiguous>
static void reduce_columns_281696f1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reduce_columns_281696f1 *_wp_args,
    wp_args_reduce_columns_281696f1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_matrix = _wp_args->matrix;
    wp::array_t<wp::float32> var_col_sums = _wp_args->col_sums;
    wp::float32 var_gain = _wp_args->gain;
    wp::array_t<wp::float32> adj_matrix = _wp_adj_args->matrix;
    wp::array_t<wp::float32> adj_col_sums = _wp_adj_args->col_sums;
    wp::float32 adj_gain = _wp_adj_args->gain;
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
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,32>, wp::tile_stride_t<32,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,32>,wp::tile_stride_t<32,1>,true>();
    const wp::int32 var_13 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::array_t<wp::float32> var_15;
    const wp::int32 var_16 = 0;
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
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> adj_9{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> adj_10{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,32>>> adj_11{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,32>, wp::tile_stride_t<32,1>>, true>& adj_12 = var_12;
    wp::int32 adj_13 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_14{};
    wp::array_t<wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def reduce_columns(matrix: wp.array2d(dtype=float), col_sums: wp.array2d(dtype=float), gain: float):       <L 10>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // m = wp.tile_load(matrix, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))               <L 13>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::mul(var_0, var_1);
    var_6 = wp::tuple(var_4, var_5);
    var_7 = wp::tile_load<wp::float32, true, false, 8, 32>(var_matrix, var_4, var_8);
    // block_rows = wp.tile_map(wp.tanh, m * gain) * gain                                     <L 14>
    var_9 = wp::tile_mul(var_7, var_gain);
    var_10 = wp::tile_unary_map(wp::tanh, var_9);
    var_11 = wp::tile_mul(var_10, var_gain);
    // col = wp.tile_sum(wp.tile_map(wp.mul, block_rows, block_rows), axis=0)                 <L 15>
    var_12 = wp::tile_binary_map(wp::mul, var_11, var_11);
    var_14 = wp::tile_sum_axis<0>(var_12);
    // wp.tile_store(col_sums[i], col)                                                        <L 17>
    var_15 = wp::view(var_col_sums, var_0);
    // wp::tile_store<wp::float32, true, false>(var_15, var_16, var_14);
    //---------
    // reverse
    wp::adj_tile_store(var_15, var_16, var_14, adj_15, adj_16, adj_14);
    wp::adj_view(var_col_sums, var_0, adj_col_sums, adj_0, adj_15);
    // adj: wp.tile_store(col_sums[i], col)                                                   <L 17>
    wp::adj_tile_sum_axis<0>(var_12, adj_12, adj_14);
    wp::adj_tile_binary_map(wp::mul, var_11, var_11, wp::adj_mul, adj_11, adj_11, adj_12);
    // adj: col = wp.tile_sum(wp.tile_map(wp.mul, block_rows, block_rows), axis=0)            <L 15>
    wp::adj_tile_mul(var_10, var_gain, adj_10, adj_gain, adj_11);
    wp::adj_tile_unary_map(wp::tanh, var_9, wp::adj_tanh, adj_9, adj_10);
    wp::adj_tile_mul(var_7, var_gain, adj_7, adj_gain, adj_9);
    // adj: block_rows = wp.tile_map(wp.tanh, m * gain) * gain                                <L 14>
    wp::adj_tile_load(var_matrix, var_4, var_8, adj_matrix, adj_4, adj_8, adj_7);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: m = wp.tile_load(matrix, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))          <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def reduce_columns(matrix: wp.array2d(dtype=float), col_sums: wp.array2d(dtype=float), gain: float):  <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reduce_columns_281696f1_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reduce_columns_281696f1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reduce_columns_281696f1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reduce_columns_281696f1_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reduce_columns_281696f1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    reduce_columns_281696f1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reduce_columns_281696f1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reduce_columns_281696f1 *_wp_args)
{
    reduce_columns_281696f1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reduce_columns_281696f1_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reduce_columns_281696f1 *_wp_args,
    wp_args_reduce_columns_281696f1 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reduce_columns_281696f1_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void reduce_columns_281696f1_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reduce_columns_281696f1 *_wp_args,
    wp_args_reduce_columns_281696f1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    reduce_columns_281696f1_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void reduce_columns_281696f1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reduce_columns_281696f1 *_wp_args,
    wp_args_reduce_columns_281696f1 *_wp_adj_args)
{
    reduce_columns_281696f1_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

