// Warp 1.19.0 cpu code for count_bins_74b17c34.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_count_bins_1fba4145 {
    wp::array_t<wp::float32> normalized;
    wp::array_t<wp::int32> histogram;
};


template <bool wp_linear_contiguous>
static void count_bins_1fba4145_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_bins_1fba4145 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_bins_1fba4145 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.normalized.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.histogram.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_normalized = _wp_args->normalized;
    wp::array_t<wp::int32> var_histogram = _wp_args->histogram;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    //---------
    // forward
    // def count_bins(normalized: wp.array[float], histogram: wp.array[int]):                 <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // num_bins = histogram.shape[0]                                                          <L 7>
    var_1 = &(var_histogram.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // b = wp.max(wp.min(int(normalized[tid] * float(num_bins)), num_bins - 1), 0)            <L 8>
    var_5 = wp::address(var_normalized, var_0);
    var_6 = wp::float(var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::int(var_7);
    var_11 = wp::sub(var_3, var_10);
    var_12 = wp::min(var_9, var_11);
    var_14 = wp::max(var_12, var_13);
    // wp.atomic_add(histogram, b, 1)                                                         <L 9>
    var_16 = wp::atomic_add(var_histogram, var_14, var_15);
}



template <bool wp_linear_contiguous>
static void count_bins_1fba4145_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_bins_1fba4145 *_wp_args,
    wp_args_count_bins_1fba4145 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_bins_1fba4145 wp_contiguous_args;
    wp_args_count_bins_1fba4145 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.normalized.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.normalized.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.histogram.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.histogram.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_normalized = _wp_args->normalized;
    wp::array_t<wp::int32> var_histogram = _wp_args->histogram;
    wp::array_t<wp::float32> adj_normalized = _wp_adj_args->normalized;
    wp::array_t<wp::int32> adj_histogram = _wp_adj_args->histogram;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def count_bins(normalized: wp.array[float], histogram: wp.array[int]):                 <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // num_bins = histogram.shape[0]                                                          <L 7>
    var_1 = &(var_histogram.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // b = wp.max(wp.min(int(normalized[tid] * float(num_bins)), num_bins - 1), 0)            <L 8>
    var_5 = wp::address(var_normalized, var_0);
    var_6 = wp::float(var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::int(var_7);
    var_11 = wp::sub(var_3, var_10);
    var_12 = wp::min(var_9, var_11);
    var_14 = wp::max(var_12, var_13);
    // wp.atomic_add(histogram, b, 1)                                                         <L 9>
    // var_16 = wp::atomic_add(var_histogram, var_14, var_15);
    //---------
    // reverse
    wp::adj_atomic_add(var_histogram, var_14, var_15, adj_histogram, adj_14, adj_15, adj_16);
    // adj: wp.atomic_add(histogram, b, 1)                                                    <L 9>
    wp::adj_max(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_min(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_sub(var_3, var_10, adj_3, adj_10, adj_11);
    wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_float(var_3, adj_3, adj_6);
    wp::adj_address(var_normalized, var_0, adj_normalized, adj_0, adj_5);
    // adj: b = wp.max(wp.min(int(normalized[tid] * float(num_bins)), num_bins - 1), 0)       <L 8>
    adj_histogram.shape = adj_1;
    // adj: num_bins = histogram.shape[0]                                                     <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def count_bins(normalized: wp.array[float], histogram: wp.array[int]):            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_bins_1fba4145_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_1fba4145 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_bins_1fba4145_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_bins_1fba4145_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_1fba4145 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->normalized.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->histogram.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_bins_1fba4145_cpu_forward_tasks<true>(dim, _wp_args);
    else
        count_bins_1fba4145_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_bins_1fba4145_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_1fba4145 *_wp_args)
{
    count_bins_1fba4145_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_bins_1fba4145_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_1fba4145 *_wp_args,
    wp_args_count_bins_1fba4145 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_bins_1fba4145_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_bins_1fba4145_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_1fba4145 *_wp_args,
    wp_args_count_bins_1fba4145 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->normalized.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->normalized.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->histogram.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->histogram.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_bins_1fba4145_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        count_bins_1fba4145_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_bins_1fba4145_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_1fba4145 *_wp_args,
    wp_args_count_bins_1fba4145 *_wp_adj_args)
{
    count_bins_1fba4145_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

