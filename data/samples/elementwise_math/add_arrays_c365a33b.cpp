// Warp 1.19.0 cpu code for add_arrays_c365a33b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_add_arrays_7d71f469 {
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::float64> x;
    wp::array_t<wp::float64> y;
};


template <bool wp_linear_contiguous>
static void add_arrays_7d71f469_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_add_arrays_7d71f469 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_add_arrays_7d71f469 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::float64);
        wp_contiguous_args.y.strides[0] = sizeof(wp::float64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    //---------
    // forward
    // def add_arrays(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // if flags[tid] == 0:                                                                    <L 11>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 12>
        return;
    }
    // val = x[tid]                                                                           <L 13>
    var_5 = wp::address(var_x, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // y[tid] -= val                                                                          <L 14>
    var_8 = wp::atomic_sub(var_y, var_0, var_6);
}



template <bool wp_linear_contiguous>
static void add_arrays_7d71f469_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_add_arrays_7d71f469 *_wp_args,
    wp_args_add_arrays_7d71f469 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_add_arrays_7d71f469 wp_contiguous_args;
    wp_args_add_arrays_7d71f469 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::float64);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::float64);
        wp_contiguous_args.y.strides[0] = sizeof(wp::float64);
        wp_contiguous_adj_args.y.strides[0] = sizeof(wp::float64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_y = _wp_args->y;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::float64> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float64> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    //---------
    // forward
    // def add_arrays(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // if flags[tid] == 0:                                                                    <L 11>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 12>
        goto label0;
    }
    // val = x[tid]                                                                           <L 13>
    var_5 = wp::address(var_x, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // y[tid] -= val                                                                          <L 14>
    // var_8 = wp::atomic_sub(var_y, var_0, var_6);
    //---------
    // reverse
    wp::adj_atomic_sub(var_y, var_0, var_6, adj_y, adj_0, adj_6, adj_8);
    // adj: y[tid] -= val                                                                     <L 14>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_5);
    // adj: val = x[tid]                                                                      <L 13>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 12>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if flags[tid] == 0:                                                               <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def add_arrays(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void add_arrays_7d71f469_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_7d71f469 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        add_arrays_7d71f469_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void add_arrays_7d71f469_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_7d71f469 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::float64)) & (_wp_args->y.strides[0] == (int)sizeof(wp::float64)));
    if (wp_linear_contiguous)
        add_arrays_7d71f469_cpu_forward_tasks<true>(dim, _wp_args);
    else
        add_arrays_7d71f469_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void add_arrays_7d71f469_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_7d71f469 *_wp_args)
{
    add_arrays_7d71f469_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void add_arrays_7d71f469_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_7d71f469 *_wp_args,
    wp_args_add_arrays_7d71f469 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        add_arrays_7d71f469_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void add_arrays_7d71f469_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_7d71f469 *_wp_args,
    wp_args_add_arrays_7d71f469 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::float64)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::float64)) & (_wp_args->y.strides[0] == (int)sizeof(wp::float64)) & (_wp_adj_args->y.strides[0] == (int)sizeof(wp::float64)));
    if (wp_linear_contiguous)
        add_arrays_7d71f469_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        add_arrays_7d71f469_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void add_arrays_7d71f469_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_7d71f469 *_wp_args,
    wp_args_add_arrays_7d71f469 *_wp_adj_args)
{
    add_arrays_7d71f469_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

