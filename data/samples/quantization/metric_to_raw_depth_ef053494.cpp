// Warp 1.19.0 cpu code for metric_to_raw_depth_ef053494.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_metric_to_raw_depth_7146bb65 {
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::float32> depth;
    wp::array_t<wp::uint16> depth_raw_out;
};


template <bool wp_linear_contiguous>
static void metric_to_raw_depth_7146bb65_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_metric_to_raw_depth_7146bb65 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.depth.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.depth_raw_out.strides[0] = sizeof(wp::uint16);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::array_t<wp::uint16> var_depth_raw_out = _wp_args->depth_raw_out;
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
    const wp::float32 var_8 = 0.001;
    wp::float32 var_9;
    wp::float32 var_10;
    bool var_11;
    const wp::float32 var_12 = 0.0;
    bool var_13;
    const wp::float32 var_14 = 65535.0;
    bool var_15;
    const wp::int32 var_16 = 0;
    wp::uint16 var_17;
    wp::uint16 var_18;
    //---------
    // forward
    // def metric_to_raw_depth(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 12>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 13>
        return;
    }
    // z = depth[tid]                                                                         <L 14>
    var_5 = wp::address(var_depth, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // units = wp.rint(z / 0.001)                                                             <L 15>
    var_9 = wp::div(var_6, var_8);
    var_10 = wp::rint(var_9);
    // if units <= 0.0 or units > 65535.0:                                                    <L 17>
    var_13 = (var_10 <= var_12);
    var_11 = var_13;
    if (!var_11) {
        var_15 = (var_10 > var_14);
        var_11 = var_11 || var_15;
    }
    if (var_11) {
        // depth_raw_out[tid] = wp.uint16(0)                                                  <L 18>
        var_17 = wp::uint16(var_16);
        wp::array_store(var_depth_raw_out, var_0, var_17);
    }
    if (!var_11) {
        // depth_raw_out[tid] = wp.uint16(units)                                              <L 20>
        var_18 = wp::uint16(var_10);
        wp::array_store(var_depth_raw_out, var_0, var_18);
    }
}



template <bool wp_linear_contiguous>
static void metric_to_raw_depth_7146bb65_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_args,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_metric_to_raw_depth_7146bb65 wp_contiguous_args;
    wp_args_metric_to_raw_depth_7146bb65 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.depth.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.depth.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.depth_raw_out.strides[0] = sizeof(wp::uint16);
        wp_contiguous_adj_args.depth_raw_out.strides[0] = sizeof(wp::uint16);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::array_t<wp::uint16> var_depth_raw_out = _wp_args->depth_raw_out;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::float32> adj_depth = _wp_adj_args->depth;
    wp::array_t<wp::uint16> adj_depth_raw_out = _wp_adj_args->depth_raw_out;
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
    const wp::float32 var_8 = 0.001;
    wp::float32 var_9;
    wp::float32 var_10;
    bool var_11;
    const wp::float32 var_12 = 0.0;
    bool var_13;
    const wp::float32 var_14 = 65535.0;
    bool var_15;
    const wp::int32 var_16 = 0;
    wp::uint16 var_17;
    wp::uint16 var_18;
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
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::uint16 adj_17 = {};
    wp::uint16 adj_18 = {};
    //---------
    // forward
    // def metric_to_raw_depth(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 12>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 13>
        goto label0;
    }
    // z = depth[tid]                                                                         <L 14>
    var_5 = wp::address(var_depth, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // units = wp.rint(z / 0.001)                                                             <L 15>
    var_9 = wp::div(var_6, var_8);
    var_10 = wp::rint(var_9);
    // if units <= 0.0 or units > 65535.0:                                                    <L 17>
    var_13 = (var_10 <= var_12);
    var_11 = var_13;
    if (!var_11) {
        var_15 = (var_10 > var_14);
        var_11 = var_11 || var_15;
    }
    if (var_11) {
        // depth_raw_out[tid] = wp.uint16(0)                                                  <L 18>
        var_17 = wp::uint16(var_16);
        // wp::array_store(var_depth_raw_out, var_0, var_17);
    }
    if (!var_11) {
        // depth_raw_out[tid] = wp.uint16(units)                                              <L 20>
        var_18 = wp::uint16(var_10);
        // wp::array_store(var_depth_raw_out, var_0, var_18);
    }
    //---------
    // reverse
    if (!var_11) {
        wp::adj_array_store(var_depth_raw_out, var_0, var_18, adj_depth_raw_out, adj_0, adj_18);
        // adj: depth_raw_out[tid] = wp.uint16(units)                                         <L 20>
    }
    if (var_11) {
        wp::adj_array_store(var_depth_raw_out, var_0, var_17, adj_depth_raw_out, adj_0, adj_17);
        // adj: depth_raw_out[tid] = wp.uint16(0)                                             <L 18>
    }
    if (!var_11) {
    }
    // adj: if units <= 0.0 or units > 65535.0:                                               <L 17>
    wp::adj_div(var_6, var_8, var_9, adj_6, adj_8, adj_9);
    // adj: units = wp.rint(z / 0.001)                                                        <L 15>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_depth, var_0, adj_depth, adj_0, adj_5);
    // adj: z = depth[tid]                                                                    <L 14>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
    // adj: if tid >= item_count[0]:                                                          <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def metric_to_raw_depth(                                                          <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void metric_to_raw_depth_7146bb65_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        metric_to_raw_depth_7146bb65_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void metric_to_raw_depth_7146bb65_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->depth.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->depth_raw_out.strides[0] == (int)sizeof(wp::uint16)));
    if (wp_linear_contiguous)
        metric_to_raw_depth_7146bb65_cpu_forward_tasks<true>(dim, _wp_args);
    else
        metric_to_raw_depth_7146bb65_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void metric_to_raw_depth_7146bb65_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_args)
{
    metric_to_raw_depth_7146bb65_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void metric_to_raw_depth_7146bb65_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_args,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        metric_to_raw_depth_7146bb65_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void metric_to_raw_depth_7146bb65_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_args,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->depth.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->depth.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->depth_raw_out.strides[0] == (int)sizeof(wp::uint16)) & (_wp_adj_args->depth_raw_out.strides[0] == (int)sizeof(wp::uint16)));
    if (wp_linear_contiguous)
        metric_to_raw_depth_7146bb65_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        metric_to_raw_depth_7146bb65_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void metric_to_raw_depth_7146bb65_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_args,
    wp_args_metric_to_raw_depth_7146bb65 *_wp_adj_args)
{
    metric_to_raw_depth_7146bb65_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

