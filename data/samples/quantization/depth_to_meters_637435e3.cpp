// Warp 1.19.0 cpu code for depth_to_meters_637435e3.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_depth_to_meters_e993a20c {
    wp::array_t<wp::uint16> depth_raw;
    wp::int32 active_count;
    wp::array_t<wp::float32> depth_m;
};


template <bool wp_linear_contiguous>
static void depth_to_meters_e993a20c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_depth_to_meters_e993a20c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_depth_to_meters_e993a20c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.depth_raw.strides[0] = sizeof(wp::uint16);
        wp_contiguous_args.depth_m.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::uint16> var_depth_raw = _wp_args->depth_raw;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::array_t<wp::float32> var_depth_m = _wp_args->depth_m;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::uint16* var_2;
    wp::uint16 var_3;
    wp::uint16 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.001;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 10.0;
    wp::float32 var_10;
    //---------
    // forward
    // def depth_to_meters(                                                                   <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 15>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 16>
        return;
    }
    // raw = depth_raw[tid]                                                                   <L 17>
    var_2 = wp::address(var_depth_raw, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // depth_m[tid] = wp.clamp(float(raw) * 0.001, 0.0, MAX_DEPTH)                            <L 18>
    var_5 = wp::float(var_3);
    var_7 = wp::mul(var_5, var_6);
    var_10 = wp::clamp(var_7, var_8, var_9);
    wp::array_store(var_depth_m, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void depth_to_meters_e993a20c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_depth_to_meters_e993a20c *_wp_args,
    wp_args_depth_to_meters_e993a20c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_depth_to_meters_e993a20c wp_contiguous_args;
    wp_args_depth_to_meters_e993a20c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.depth_raw.strides[0] = sizeof(wp::uint16);
        wp_contiguous_adj_args.depth_raw.strides[0] = sizeof(wp::uint16);
        wp_contiguous_args.depth_m.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.depth_m.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::uint16> var_depth_raw = _wp_args->depth_raw;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::array_t<wp::float32> var_depth_m = _wp_args->depth_m;
    wp::array_t<wp::uint16> adj_depth_raw = _wp_adj_args->depth_raw;
    wp::int32 adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::float32> adj_depth_m = _wp_adj_args->depth_m;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::uint16* var_2;
    wp::uint16 var_3;
    wp::uint16 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.001;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 10.0;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::uint16 adj_2 = {};
    wp::uint16 adj_3 = {};
    wp::uint16 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def depth_to_meters(                                                                   <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 15>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 16>
        goto label0;
    }
    // raw = depth_raw[tid]                                                                   <L 17>
    var_2 = wp::address(var_depth_raw, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // depth_m[tid] = wp.clamp(float(raw) * 0.001, 0.0, MAX_DEPTH)                            <L 18>
    var_5 = wp::float(var_3);
    var_7 = wp::mul(var_5, var_6);
    var_10 = wp::clamp(var_7, var_8, var_9);
    // wp::array_store(var_depth_m, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_depth_m, var_0, var_10, adj_depth_m, adj_0, adj_10);
    wp::adj_clamp(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_float(var_3, adj_3, adj_5);
    // adj: depth_m[tid] = wp.clamp(float(raw) * 0.001, 0.0, MAX_DEPTH)                       <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_depth_raw, var_0, adj_depth_raw, adj_0, adj_2);
    // adj: raw = depth_raw[tid]                                                              <L 17>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 16>
    }
    // adj: if tid >= active_count:                                                           <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def depth_to_meters(                                                              <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void depth_to_meters_e993a20c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_meters_e993a20c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        depth_to_meters_e993a20c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void depth_to_meters_e993a20c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_meters_e993a20c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->depth_raw.strides[0] == (int)sizeof(wp::uint16)) & (_wp_args->depth_m.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        depth_to_meters_e993a20c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        depth_to_meters_e993a20c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void depth_to_meters_e993a20c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_meters_e993a20c *_wp_args)
{
    depth_to_meters_e993a20c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void depth_to_meters_e993a20c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_meters_e993a20c *_wp_args,
    wp_args_depth_to_meters_e993a20c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        depth_to_meters_e993a20c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void depth_to_meters_e993a20c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_meters_e993a20c *_wp_args,
    wp_args_depth_to_meters_e993a20c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->depth_raw.strides[0] == (int)sizeof(wp::uint16)) & (_wp_adj_args->depth_raw.strides[0] == (int)sizeof(wp::uint16)) & (_wp_args->depth_m.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->depth_m.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        depth_to_meters_e993a20c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        depth_to_meters_e993a20c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void depth_to_meters_e993a20c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_meters_e993a20c *_wp_args,
    wp_args_depth_to_meters_e993a20c *_wp_adj_args)
{
    depth_to_meters_e993a20c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

