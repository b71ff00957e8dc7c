// Warp 1.19.0 cpu code for find_invalid_f45fca85.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_find_invalid_868bd087 {
    wp::array_t<wp::vec_t<3, wp::float32>> values;
    wp::array_t<bool> valid;
    wp::array_t<wp::int64> num_events;
};


template <bool wp_linear_contiguous>
static void find_invalid_868bd087_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_invalid_868bd087 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_find_invalid_868bd087 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.valid.strides[0] = sizeof(bool);
        wp_contiguous_args.num_events.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_values = _wp_args->values;
    wp::array_t<bool> var_valid = _wp_args->valid;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<3, wp::float32>* var_2;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    bool var_6;
    wp::vec_t<3, wp::float32> var_7;
    bool var_8;
    const wp::int32 var_9 = 0;
    wp::int64 var_10;
    wp::int64 var_11;
    //---------
    // forward
    // def find_invalid(values: wp.array[wp.vec3], valid: wp.array[bool], num_events: wp.array[wp.int64]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // bad = wp.isnan(values[tid]) or wp.isinf(values[tid])                                   <L 7>
    var_2 = wp::address(var_values, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::isnan(var_4);
    var_1 = var_3;
    if (!var_1) {
        var_5 = wp::address(var_values, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::isinf(var_7);
        var_1 = var_1 || var_6;
    }
    // valid[tid] = not bad                                                                   <L 8>
    var_8 = wp::unot(var_1);
    wp::array_store(var_valid, var_0, var_8);
    // if bad:                                                                                <L 9>
    if (var_1) {
        // wp.atomic_add(num_events, 0, wp.int64(1))                                          <L 10>
        var_10 = 1ll;
        var_11 = wp::atomic_add(var_num_events, var_9, var_10);
    }
}



template <bool wp_linear_contiguous>
static void find_invalid_868bd087_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_invalid_868bd087 *_wp_args,
    wp_args_find_invalid_868bd087 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_find_invalid_868bd087 wp_contiguous_args;
    wp_args_find_invalid_868bd087 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.valid.strides[0] = sizeof(bool);
        wp_contiguous_adj_args.valid.strides[0] = sizeof(bool);
        wp_contiguous_args.num_events.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.num_events.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_values = _wp_args->values;
    wp::array_t<bool> var_valid = _wp_args->valid;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_values = _wp_adj_args->values;
    wp::array_t<bool> adj_valid = _wp_adj_args->valid;
    wp::array_t<wp::int64> adj_num_events = _wp_adj_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<3, wp::float32>* var_2;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    bool var_6;
    wp::vec_t<3, wp::float32> var_7;
    bool var_8;
    const wp::int32 var_9 = 0;
    wp::int64 var_10;
    wp::int64 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    bool adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int64 adj_10 = {};
    wp::int64 adj_11 = {};
    //---------
    // forward
    // def find_invalid(values: wp.array[wp.vec3], valid: wp.array[bool], num_events: wp.array[wp.int64]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // bad = wp.isnan(values[tid]) or wp.isinf(values[tid])                                   <L 7>
    var_2 = wp::address(var_values, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::isnan(var_4);
    var_1 = var_3;
    if (!var_1) {
        var_5 = wp::address(var_values, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::isinf(var_7);
        var_1 = var_1 || var_6;
    }
    // valid[tid] = not bad                                                                   <L 8>
    var_8 = wp::unot(var_1);
    // wp::array_store(var_valid, var_0, var_8);
    // if bad:                                                                                <L 9>
    if (var_1) {
        // wp.atomic_add(num_events, 0, wp.int64(1))                                          <L 10>
        var_10 = 1ll;
        // var_11 = wp::atomic_add(var_num_events, var_9, var_10);
    }
    //---------
    // reverse
    if (var_1) {
        wp::adj_atomic_add(var_num_events, var_9, var_10, adj_num_events, adj_9, adj_10, adj_11);
        // adj: wp.atomic_add(num_events, 0, wp.int64(1))                                     <L 10>
    }
    // adj: if bad:                                                                           <L 9>
    wp::adj_array_store(var_valid, var_0, var_8, adj_valid, adj_0, adj_8);
    // adj: valid[tid] = not bad                                                              <L 8>
    if (!var_1) {
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_5);
    }
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_2);
    // adj: bad = wp.isnan(values[tid]) or wp.isinf(values[tid])                              <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def find_invalid(values: wp.array[wp.vec3], valid: wp.array[bool], num_events: wp.array[wp.int64]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void find_invalid_868bd087_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_invalid_868bd087 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        find_invalid_868bd087_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void find_invalid_868bd087_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_invalid_868bd087 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->valid.strides[0] == (int)sizeof(bool)) & (_wp_args->num_events.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        find_invalid_868bd087_cpu_forward_tasks<true>(dim, _wp_args);
    else
        find_invalid_868bd087_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void find_invalid_868bd087_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_invalid_868bd087 *_wp_args)
{
    find_invalid_868bd087_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void find_invalid_868bd087_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_invalid_868bd087 *_wp_args,
    wp_args_find_invalid_868bd087 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        find_invalid_868bd087_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void find_invalid_868bd087_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_invalid_868bd087 *_wp_args,
    wp_args_find_invalid_868bd087 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->valid.strides[0] == (int)sizeof(bool)) & (_wp_adj_args->valid.strides[0] == (int)sizeof(bool)) & (_wp_args->num_events.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->num_events.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        find_invalid_868bd087_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        find_invalid_868bd087_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void find_invalid_868bd087_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_invalid_868bd087 *_wp_args,
    wp_args_find_invalid_868bd087 *_wp_adj_args)
{
    find_invalid_868bd087_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

