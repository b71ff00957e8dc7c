// Warp 1.19.0 cpu code for threshold_4d35952c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_threshold_50be1e83 {
    wp::array_t<wp::int32> active_count;
    wp::array_t<wp::int32> active;
    wp::array_t<wp::float32> inputs;
    wp::array_t<wp::float32> cutoffs;
    wp::array_t<wp::float32> mask;
};


template <bool wp_linear_contiguous>
static void threshold_50be1e83_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_threshold_50be1e83 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_threshold_50be1e83 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.inputs.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.cutoffs.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.mask.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float32> var_cutoffs = _wp_args->cutoffs;
    wp::array_t<wp::float32> var_mask = _wp_args->mask;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32* var_13;
    bool var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    //---------
    // forward
    // def threshold(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0] or active[tid] == 0:                                         <L 14>
    var_3 = wp::address(var_active_count, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_active, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 15>
        return;
    }
    // xi = inputs[tid]                                                                       <L 16>
    var_10 = wp::address(var_inputs, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // mask[tid] = wp.where(xi >= cutoffs[tid], 1.0, 0.0)                                     <L 17>
    var_13 = wp::address(var_cutoffs, var_0);
    var_15 = wp::load(var_13);
    var_14 = (var_11 >= var_15);
    var_18 = wp::where(var_14, var_16, var_17);
    wp::array_store(var_mask, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void threshold_50be1e83_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_threshold_50be1e83 *_wp_args,
    wp_args_threshold_50be1e83 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_threshold_50be1e83 wp_contiguous_args;
    wp_args_threshold_50be1e83 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.inputs.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inputs.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.cutoffs.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.cutoffs.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.mask.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.mask.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float32> var_cutoffs = _wp_args->cutoffs;
    wp::array_t<wp::float32> var_mask = _wp_args->mask;
    wp::array_t<wp::int32> adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::float32> adj_inputs = _wp_adj_args->inputs;
    wp::array_t<wp::float32> adj_cutoffs = _wp_adj_args->cutoffs;
    wp::array_t<wp::float32> adj_mask = _wp_adj_args->mask;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32* var_13;
    bool var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def threshold(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0] or active[tid] == 0:                                         <L 14>
    var_3 = wp::address(var_active_count, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_active, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 15>
        goto label0;
    }
    // xi = inputs[tid]                                                                       <L 16>
    var_10 = wp::address(var_inputs, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // mask[tid] = wp.where(xi >= cutoffs[tid], 1.0, 0.0)                                     <L 17>
    var_13 = wp::address(var_cutoffs, var_0);
    var_15 = wp::load(var_13);
    var_14 = (var_11 >= var_15);
    var_18 = wp::where(var_14, var_16, var_17);
    // wp::array_store(var_mask, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_mask, var_0, var_18, adj_mask, adj_0, adj_18);
    wp::adj_where(var_14, var_16, var_17, adj_14, adj_16, adj_17, adj_18);
    wp::adj_address(var_cutoffs, var_0, adj_cutoffs, adj_0, adj_13);
    // adj: mask[tid] = wp.where(xi >= cutoffs[tid], 1.0, 0.0)                                <L 17>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_inputs, var_0, adj_inputs, adj_0, adj_10);
    // adj: xi = inputs[tid]                                                                  <L 16>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    if (!var_1) {
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_6);
    }
    wp::adj_address(var_active_count, var_2, adj_active_count, adj_2, adj_3);
    // adj: if tid >= active_count[0] or active[tid] == 0:                                    <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def threshold(                                                                    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void threshold_50be1e83_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_threshold_50be1e83 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        threshold_50be1e83_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void threshold_50be1e83_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_threshold_50be1e83 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->inputs.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->cutoffs.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->mask.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        threshold_50be1e83_cpu_forward_tasks<true>(dim, _wp_args);
    else
        threshold_50be1e83_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void threshold_50be1e83_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_threshold_50be1e83 *_wp_args)
{
    threshold_50be1e83_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void threshold_50be1e83_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_threshold_50be1e83 *_wp_args,
    wp_args_threshold_50be1e83 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        threshold_50be1e83_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void threshold_50be1e83_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_threshold_50be1e83 *_wp_args,
    wp_args_threshold_50be1e83 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->inputs.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inputs.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->cutoffs.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->cutoffs.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->mask.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->mask.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        threshold_50be1e83_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        threshold_50be1e83_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void threshold_50be1e83_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_threshold_50be1e83 *_wp_args,
    wp_args_threshold_50be1e83 *_wp_adj_args)
{
    threshold_50be1e83_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

