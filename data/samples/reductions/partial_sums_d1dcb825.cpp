// Warp 1.19.0 cpu code for partial_sums_d1dcb825.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_partial_sums_9c383614 {
    wp::array_t<wp::int32> active_count;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> values;
    wp::array_t<wp::float32> partials;
};


template <bool wp_linear_contiguous>
static void partial_sums_9c383614_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_partial_sums_9c383614 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_partial_sums_9c383614 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.partials.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_partials = _wp_args->partials;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 8;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def partial_sums(                                                                      <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0]:                                                             <L 15>
    var_2 = wp::address(var_active_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 16>
        return;
    }
    // w = weights[tid]                                                                       <L 17>
    var_5 = wp::address(var_weights, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // x = values[tid]                                                                        <L 18>
    var_8 = wp::address(var_values, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // wp.atomic_add(partials, tid // CHUNK, w * x)                                           <L 19>
    var_12 = wp::floordiv(var_0, var_11);
    var_13 = wp::mul(var_6, var_9);
    var_14 = wp::atomic_add(var_partials, var_12, var_13);
}



template <bool wp_linear_contiguous>
static void partial_sums_9c383614_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_partial_sums_9c383614 *_wp_args,
    wp_args_partial_sums_9c383614 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_partial_sums_9c383614 wp_contiguous_args;
    wp_args_partial_sums_9c383614 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.partials.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.partials.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_partials = _wp_args->partials;
    wp::array_t<wp::int32> adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_partials = _wp_adj_args->partials;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 8;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def partial_sums(                                                                      <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0]:                                                             <L 15>
    var_2 = wp::address(var_active_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 16>
        goto label0;
    }
    // w = weights[tid]                                                                       <L 17>
    var_5 = wp::address(var_weights, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // x = values[tid]                                                                        <L 18>
    var_8 = wp::address(var_values, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // wp.atomic_add(partials, tid // CHUNK, w * x)                                           <L 19>
    var_12 = wp::floordiv(var_0, var_11);
    var_13 = wp::mul(var_6, var_9);
    // var_14 = wp::atomic_add(var_partials, var_12, var_13);
    //---------
    // reverse
    wp::adj_atomic_add(var_partials, var_12, var_13, adj_partials, adj_12, adj_13, adj_14);
    wp::adj_mul(var_6, var_9, adj_6, adj_9, adj_13);
    // adj: wp.atomic_add(partials, tid // CHUNK, w * x)                                      <L 19>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_8);
    // adj: x = values[tid]                                                                   <L 18>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_5);
    // adj: w = weights[tid]                                                                  <L 17>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 16>
    }
    wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
    // adj: if tid >= active_count[0]:                                                        <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def partial_sums(                                                                 <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void partial_sums_9c383614_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_9c383614 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        partial_sums_9c383614_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void partial_sums_9c383614_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_9c383614 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->partials.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        partial_sums_9c383614_cpu_forward_tasks<true>(dim, _wp_args);
    else
        partial_sums_9c383614_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void partial_sums_9c383614_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_9c383614 *_wp_args)
{
    partial_sums_9c383614_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void partial_sums_9c383614_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_9c383614 *_wp_args,
    wp_args_partial_sums_9c383614 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        partial_sums_9c383614_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void partial_sums_9c383614_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_9c383614 *_wp_args,
    wp_args_partial_sums_9c383614 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->partials.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->partials.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        partial_sums_9c383614_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        partial_sums_9c383614_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void partial_sums_9c383614_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_9c383614 *_wp_args,
    wp_args_partial_sums_9c383614 *_wp_adj_args)
{
    partial_sums_9c383614_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

