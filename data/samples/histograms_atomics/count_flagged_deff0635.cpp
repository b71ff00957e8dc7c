// Warp 1.19.0 cpu code for count_flagged_deff0635.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_count_flagged_29e74179 {
    wp::array_t<wp::int32> active_count;
    wp::array_t<wp::int32> active;
    wp::array_t<wp::int32> counter;
};


template <bool wp_linear_contiguous>
static void count_flagged_29e74179_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_flagged_29e74179 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_flagged_29e74179 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.counter.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::int32> var_counter = _wp_args->counter;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    //---------
    // forward
    // def count_flagged(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0]:                                                             <L 11>
    var_2 = wp::address(var_active_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 12>
        return;
    }
    // state = active[tid]                                                                    <L 13>
    var_5 = wp::address(var_active, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if state != 0:                                                                         <L 14>
    var_9 = (var_6 != var_8);
    if (var_9) {
        // wp.atomic_add(counter, 0, 1)                                                       <L 15>
        var_12 = wp::atomic_add(var_counter, var_10, var_11);
    }
}



template <bool wp_linear_contiguous>
static void count_flagged_29e74179_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_flagged_29e74179 *_wp_args,
    wp_args_count_flagged_29e74179 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_flagged_29e74179 wp_contiguous_args;
    wp_args_count_flagged_29e74179 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.counter.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.counter.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::int32> var_counter = _wp_args->counter;
    wp::array_t<wp::int32> adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::int32> adj_counter = _wp_adj_args->counter;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    //---------
    // forward
    // def count_flagged(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0]:                                                             <L 11>
    var_2 = wp::address(var_active_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 12>
        goto label0;
    }
    // state = active[tid]                                                                    <L 13>
    var_5 = wp::address(var_active, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if state != 0:                                                                         <L 14>
    var_9 = (var_6 != var_8);
    if (var_9) {
        // wp.atomic_add(counter, 0, 1)                                                       <L 15>
        // var_12 = wp::atomic_add(var_counter, var_10, var_11);
    }
    //---------
    // reverse
    if (var_9) {
        wp::adj_atomic_add(var_counter, var_10, var_11, adj_counter, adj_10, adj_11, adj_12);
        // adj: wp.atomic_add(counter, 0, 1)                                                  <L 15>
    }
    // adj: if state != 0:                                                                    <L 14>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_5);
    // adj: state = active[tid]                                                               <L 13>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 12>
    }
    wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
    // adj: if tid >= active_count[0]:                                                        <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def count_flagged(                                                                <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_flagged_29e74179_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_flagged_29e74179 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_flagged_29e74179_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_flagged_29e74179_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_flagged_29e74179 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->counter.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_flagged_29e74179_cpu_forward_tasks<true>(dim, _wp_args);
    else
        count_flagged_29e74179_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_flagged_29e74179_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_flagged_29e74179 *_wp_args)
{
    count_flagged_29e74179_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_flagged_29e74179_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_flagged_29e74179 *_wp_args,
    wp_args_count_flagged_29e74179 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_flagged_29e74179_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_flagged_29e74179_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_flagged_29e74179 *_wp_args,
    wp_args_count_flagged_29e74179 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->counter.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->counter.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_flagged_29e74179_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        count_flagged_29e74179_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_flagged_29e74179_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_flagged_29e74179 *_wp_args,
    wp_args_count_flagged_29e74179 *_wp_adj_args)
{
    count_flagged_29e74179_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

