// Warp 1.19.0 cpu code for flag_bad_values_ea74a0a9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_flag_bad_values_9030052d {
    wp::array_t<wp::float32> values;
    wp::array_t<bool> is_finite;
    wp::array_t<wp::int64> num_events;
};


template <bool wp_linear_contiguous>
static void flag_bad_values_9030052d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_flag_bad_values_9030052d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_flag_bad_values_9030052d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.is_finite.strides[0] = sizeof(bool);
        wp_contiguous_args.num_events.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<bool> var_is_finite = _wp_args->is_finite;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    bool var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::int64 var_6;
    wp::int64 var_7;
    //---------
    // forward
    // def flag_bad_values(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // ok = wp.isfinite(values[tid])                                                          <L 12>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::isfinite(var_3);
    // is_finite[tid] = ok                                                                    <L 13>
    wp::array_store(var_is_finite, var_0, var_2);
    // if not ok:                                                                             <L 14>
    var_4 = wp::unot(var_2);
    if (var_4) {
        // wp.atomic_add(num_events, 0, wp.int64(1))                                          <L 15>
        var_6 = 1ll;
        var_7 = wp::atomic_add(var_num_events, var_5, var_6);
    }
}



template <bool wp_linear_contiguous>
static void flag_bad_values_9030052d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_flag_bad_values_9030052d *_wp_args,
    wp_args_flag_bad_values_9030052d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_flag_bad_values_9030052d wp_contiguous_args;
    wp_args_flag_bad_values_9030052d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.is_finite.strides[0] = sizeof(bool);
        wp_contiguous_adj_args.is_finite.strides[0] = sizeof(bool);
        wp_contiguous_args.num_events.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.num_events.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<bool> var_is_finite = _wp_args->is_finite;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<bool> adj_is_finite = _wp_adj_args->is_finite;
    wp::array_t<wp::int64> adj_num_events = _wp_adj_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    bool var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::int64 var_6;
    wp::int64 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int64 adj_6 = {};
    wp::int64 adj_7 = {};
    //---------
    // forward
    // def flag_bad_values(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // ok = wp.isfinite(values[tid])                                                          <L 12>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::isfinite(var_3);
    // is_finite[tid] = ok                                                                    <L 13>
    // wp::array_store(var_is_finite, var_0, var_2);
    // if not ok:                                                                             <L 14>
    var_4 = wp::unot(var_2);
    if (var_4) {
        // wp.atomic_add(num_events, 0, wp.int64(1))                                          <L 15>
        var_6 = 1ll;
        // var_7 = wp::atomic_add(var_num_events, var_5, var_6);
    }
    //---------
    // reverse
    if (var_4) {
        wp::adj_atomic_add(var_num_events, var_5, var_6, adj_num_events, adj_5, adj_6, adj_7);
        // adj: wp.atomic_add(num_events, 0, wp.int64(1))                                     <L 15>
    }
    // adj: if not ok:                                                                        <L 14>
    wp::adj_array_store(var_is_finite, var_0, var_2, adj_is_finite, adj_0, adj_2);
    // adj: is_finite[tid] = ok                                                               <L 13>
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: ok = wp.isfinite(values[tid])                                                     <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def flag_bad_values(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void flag_bad_values_9030052d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_9030052d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        flag_bad_values_9030052d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void flag_bad_values_9030052d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_9030052d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->is_finite.strides[0] == (int)sizeof(bool)) & (_wp_args->num_events.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        flag_bad_values_9030052d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        flag_bad_values_9030052d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void flag_bad_values_9030052d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_9030052d *_wp_args)
{
    flag_bad_values_9030052d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void flag_bad_values_9030052d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_9030052d *_wp_args,
    wp_args_flag_bad_values_9030052d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        flag_bad_values_9030052d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void flag_bad_values_9030052d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_9030052d *_wp_args,
    wp_args_flag_bad_values_9030052d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->is_finite.strides[0] == (int)sizeof(bool)) & (_wp_adj_args->is_finite.strides[0] == (int)sizeof(bool)) & (_wp_args->num_events.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->num_events.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        flag_bad_values_9030052d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        flag_bad_values_9030052d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void flag_bad_values_9030052d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_9030052d *_wp_args,
    wp_args_flag_bad_values_9030052d *_wp_adj_args)
{
    flag_bad_values_9030052d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

