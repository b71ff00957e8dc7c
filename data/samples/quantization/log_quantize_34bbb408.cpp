// Warp 1.19.0 cpu code for log_quantize_34bbb408.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_log_quantize_e0bb4345 {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int8> labels;
};


template <bool wp_linear_contiguous>
static void log_quantize_e0bb4345_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_log_quantize_e0bb4345 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_log_quantize_e0bb4345 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.labels.strides[0] = sizeof(wp::int8);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int8> var_labels = _wp_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 255.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 127.0;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = -127.0;
    const wp::float32 var_22 = 127.0;
    wp::float32 var_23;
    wp::int8 var_24;
    //---------
    // forward
    // def log_quantize(values: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // a = wp.min(wp.abs(values[tid]), 1.0)                                                   <L 10>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    var_5 = wp::min(var_2, var_4);
    // y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), values[tid])                  <L 11>
    var_8 = wp::mul(var_7, var_5);
    var_9 = wp::add(var_6, var_8);
    var_10 = wp::log(var_9);
    var_12 = wp::add(var_11, var_7);
    var_13 = wp::log(var_12);
    var_14 = wp::div(var_10, var_13);
    var_15 = wp::address(var_values, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copysign(var_14, var_17);
    // labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                     <L 12>
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::rint(var_19);
    var_23 = wp::clamp(var_20, var_21, var_22);
    var_24 = wp::int8(var_23);
    wp::array_store(var_labels, var_0, var_24);
}



template <bool wp_linear_contiguous>
static void log_quantize_e0bb4345_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_log_quantize_e0bb4345 *_wp_args,
    wp_args_log_quantize_e0bb4345 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_log_quantize_e0bb4345 wp_contiguous_args;
    wp_args_log_quantize_e0bb4345 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.labels.strides[0] = sizeof(wp::int8);
        wp_contiguous_adj_args.labels.strides[0] = sizeof(wp::int8);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int8> var_labels = _wp_args->labels;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int8> adj_labels = _wp_adj_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 255.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 127.0;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = -127.0;
    const wp::float32 var_22 = 127.0;
    wp::float32 var_23;
    wp::int8 var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int8 adj_24 = {};
    //---------
    // forward
    // def log_quantize(values: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // a = wp.min(wp.abs(values[tid]), 1.0)                                                   <L 10>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    var_5 = wp::min(var_2, var_4);
    // y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), values[tid])                  <L 11>
    var_8 = wp::mul(var_7, var_5);
    var_9 = wp::add(var_6, var_8);
    var_10 = wp::log(var_9);
    var_12 = wp::add(var_11, var_7);
    var_13 = wp::log(var_12);
    var_14 = wp::div(var_10, var_13);
    var_15 = wp::address(var_values, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copysign(var_14, var_17);
    // labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                     <L 12>
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::rint(var_19);
    var_23 = wp::clamp(var_20, var_21, var_22);
    var_24 = wp::int8(var_23);
    // wp::array_store(var_labels, var_0, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_labels, var_0, var_24, adj_labels, adj_0, adj_24);
    wp::adj_clamp(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
    wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
    // adj: labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                <L 12>
    wp::adj_copysign(var_14, var_17, adj_14, adj_15, adj_16);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_15);
    wp::adj_div(var_10, var_13, var_14, adj_10, adj_13, adj_14);
    wp::adj_log(var_12, adj_12, adj_13);
    wp::adj_add(var_11, var_7, adj_11, adj_7, adj_12);
    wp::adj_log(var_9, adj_9, adj_10);
    wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_mul(var_7, var_5, adj_7, adj_5, adj_8);
    // adj: y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), values[tid])             <L 11>
    wp::adj_min(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_abs(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: a = wp.min(wp.abs(values[tid]), 1.0)                                              <L 10>
    // adj: tid = wp.tid()                                                                    <L 9>
    // adj: def log_quantize(values: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):  <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void log_quantize_e0bb4345_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_log_quantize_e0bb4345 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        log_quantize_e0bb4345_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void log_quantize_e0bb4345_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_log_quantize_e0bb4345 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->labels.strides[0] == (int)sizeof(wp::int8)));
    if (wp_linear_contiguous)
        log_quantize_e0bb4345_cpu_forward_tasks<true>(dim, _wp_args);
    else
        log_quantize_e0bb4345_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void log_quantize_e0bb4345_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_log_quantize_e0bb4345 *_wp_args)
{
    log_quantize_e0bb4345_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void log_quantize_e0bb4345_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_log_quantize_e0bb4345 *_wp_args,
    wp_args_log_quantize_e0bb4345 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        log_quantize_e0bb4345_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void log_quantize_e0bb4345_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_log_quantize_e0bb4345 *_wp_args,
    wp_args_log_quantize_e0bb4345 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->labels.strides[0] == (int)sizeof(wp::int8)) & (_wp_adj_args->labels.strides[0] == (int)sizeof(wp::int8)));
    if (wp_linear_contiguous)
        log_quantize_e0bb4345_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        log_quantize_e0bb4345_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void log_quantize_e0bb4345_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_log_quantize_e0bb4345 *_wp_args,
    wp_args_log_quantize_e0bb4345 *_wp_adj_args)
{
    log_quantize_e0bb4345_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

