// Warp 1.19.0 cpu code for depth_to_u16_fcbec826.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_depth_to_u16_c6abf172 {
    wp::array_t<wp::float32> depth;
    wp::float32 depth_scale;
    wp::array_t<wp::uint16> depth_raw_out;
};


template <bool wp_linear_contiguous>
static void depth_to_u16_c6abf172_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_depth_to_u16_c6abf172 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_depth_to_u16_c6abf172 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.depth.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.depth_raw_out.strides[0] = sizeof(wp::uint16);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::float32 var_depth_scale = _wp_args->depth_scale;
    wp::array_t<wp::uint16> var_depth_raw_out = _wp_args->depth_raw_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = 65535.0;
    bool var_10;
    const wp::int32 var_11 = 0;
    wp::uint16 var_12;
    wp::uint16 var_13;
    //---------
    // forward
    // def depth_to_u16(depth: wp.array[float], depth_scale: float, depth_raw_out: wp.array[wp.uint16]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // z = depth[tid]                                                                         <L 8>
    var_1 = wp::address(var_depth, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // units = wp.floor(z / depth_scale)                                                      <L 9>
    var_4 = wp::div(var_2, var_depth_scale);
    var_5 = wp::floor(var_4);
    // if units <= 0.0 or units > 65535.0:                                                    <L 10>
    var_8 = (var_5 <= var_7);
    var_6 = var_8;
    if (!var_6) {
        var_10 = (var_5 > var_9);
        var_6 = var_6 || var_10;
    }
    if (var_6) {
        // depth_raw_out[tid] = wp.uint16(0)                                                  <L 11>
        var_12 = wp::uint16(var_11);
        wp::array_store(var_depth_raw_out, var_0, var_12);
    }
    if (!var_6) {
        // depth_raw_out[tid] = wp.uint16(units)                                              <L 13>
        var_13 = wp::uint16(var_5);
        wp::array_store(var_depth_raw_out, var_0, var_13);
    }
}



template <bool wp_linear_contiguous>
static void depth_to_u16_c6abf172_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_depth_to_u16_c6abf172 *_wp_args,
    wp_args_depth_to_u16_c6abf172 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_depth_to_u16_c6abf172 wp_contiguous_args;
    wp_args_depth_to_u16_c6abf172 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.depth.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.depth.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.depth_raw_out.strides[0] = sizeof(wp::uint16);
        wp_contiguous_adj_args.depth_raw_out.strides[0] = sizeof(wp::uint16);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::float32 var_depth_scale = _wp_args->depth_scale;
    wp::array_t<wp::uint16> var_depth_raw_out = _wp_args->depth_raw_out;
    wp::array_t<wp::float32> adj_depth = _wp_adj_args->depth;
    wp::float32 adj_depth_scale = _wp_adj_args->depth_scale;
    wp::array_t<wp::uint16> adj_depth_raw_out = _wp_adj_args->depth_raw_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = 65535.0;
    bool var_10;
    const wp::int32 var_11 = 0;
    wp::uint16 var_12;
    wp::uint16 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::uint16 adj_12 = {};
    wp::uint16 adj_13 = {};
    //---------
    // forward
    // def depth_to_u16(depth: wp.array[float], depth_scale: float, depth_raw_out: wp.array[wp.uint16]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // z = depth[tid]                                                                         <L 8>
    var_1 = wp::address(var_depth, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // units = wp.floor(z / depth_scale)                                                      <L 9>
    var_4 = wp::div(var_2, var_depth_scale);
    var_5 = wp::floor(var_4);
    // if units <= 0.0 or units > 65535.0:                                                    <L 10>
    var_8 = (var_5 <= var_7);
    var_6 = var_8;
    if (!var_6) {
        var_10 = (var_5 > var_9);
        var_6 = var_6 || var_10;
    }
    if (var_6) {
        // depth_raw_out[tid] = wp.uint16(0)                                                  <L 11>
        var_12 = wp::uint16(var_11);
        // wp::array_store(var_depth_raw_out, var_0, var_12);
    }
    if (!var_6) {
        // depth_raw_out[tid] = wp.uint16(units)                                              <L 13>
        var_13 = wp::uint16(var_5);
        // wp::array_store(var_depth_raw_out, var_0, var_13);
    }
    //---------
    // reverse
    if (!var_6) {
        wp::adj_array_store(var_depth_raw_out, var_0, var_13, adj_depth_raw_out, adj_0, adj_13);
        // adj: depth_raw_out[tid] = wp.uint16(units)                                         <L 13>
    }
    if (var_6) {
        wp::adj_array_store(var_depth_raw_out, var_0, var_12, adj_depth_raw_out, adj_0, adj_12);
        // adj: depth_raw_out[tid] = wp.uint16(0)                                             <L 11>
    }
    if (!var_6) {
    }
    // adj: if units <= 0.0 or units > 65535.0:                                               <L 10>
    wp::adj_div(var_2, var_depth_scale, var_4, adj_2, adj_depth_scale, adj_4);
    // adj: units = wp.floor(z / depth_scale)                                                 <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_depth, var_0, adj_depth, adj_0, adj_1);
    // adj: z = depth[tid]                                                                    <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def depth_to_u16(depth: wp.array[float], depth_scale: float, depth_raw_out: wp.array[wp.uint16]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void depth_to_u16_c6abf172_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_u16_c6abf172 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        depth_to_u16_c6abf172_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void depth_to_u16_c6abf172_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_u16_c6abf172 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->depth.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->depth_raw_out.strides[0] == (int)sizeof(wp::uint16)));
    if (wp_linear_contiguous)
        depth_to_u16_c6abf172_cpu_forward_tasks<true>(dim, _wp_args);
    else
        depth_to_u16_c6abf172_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void depth_to_u16_c6abf172_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_u16_c6abf172 *_wp_args)
{
    depth_to_u16_c6abf172_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void depth_to_u16_c6abf172_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_u16_c6abf172 *_wp_args,
    wp_args_depth_to_u16_c6abf172 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        depth_to_u16_c6abf172_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void depth_to_u16_c6abf172_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_u16_c6abf172 *_wp_args,
    wp_args_depth_to_u16_c6abf172 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->depth.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->depth.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->depth_raw_out.strides[0] == (int)sizeof(wp::uint16)) & (_wp_adj_args->depth_raw_out.strides[0] == (int)sizeof(wp::uint16)));
    if (wp_linear_contiguous)
        depth_to_u16_c6abf172_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        depth_to_u16_c6abf172_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void depth_to_u16_c6abf172_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_depth_to_u16_c6abf172 *_wp_args,
    wp_args_depth_to_u16_c6abf172 *_wp_adj_args)
{
    depth_to_u16_c6abf172_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

