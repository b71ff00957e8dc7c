// Warp 1.19.0 cpu code for copy_active_334dbee7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_copy_active_b90ff2bf {
    wp::array_t<wp::int32> active_count;
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> values;
    wp::array_t<wp::vec_t<3, wp::float32>> other;
};


template <bool wp_linear_contiguous>
static void copy_active_b90ff2bf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy_active_b90ff2bf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_copy_active_b90ff2bf wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    //---------
    // forward
    // def copy_active(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // flag = active[tid]                                                                     <L 12>
    var_1 = wp::address(var_active, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if tid >= active_count[0] or flag == 0:                                                <L 13>
    var_6 = wp::address(var_active_count, var_5);
    var_8 = wp::load(var_6);
    var_7 = (var_0 >= var_8);
    var_4 = var_7;
    if (!var_4) {
        var_10 = (var_2 == var_9);
        var_4 = var_4 || var_10;
    }
    if (var_4) {
        // return                                                                             <L 14>
        return;
    }
    // x = values[tid]                                                                        <L 15>
    var_11 = wp::address(var_values, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // if flag != 0:                                                                          <L 16>
    var_15 = (var_2 != var_14);
    if (var_15) {
        // other[tid] = x                                                                     <L 17>
        wp::array_store(var_other, var_0, var_12);
    }
}



template <bool wp_linear_contiguous>
static void copy_active_b90ff2bf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy_active_b90ff2bf *_wp_args,
    wp_args_copy_active_b90ff2bf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_copy_active_b90ff2bf wp_contiguous_args;
    wp_args_copy_active_b90ff2bf wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::int32> adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_values = _wp_adj_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other = _wp_adj_args->other;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    //---------
    // forward
    // def copy_active(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // flag = active[tid]                                                                     <L 12>
    var_1 = wp::address(var_active, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if tid >= active_count[0] or flag == 0:                                                <L 13>
    var_6 = wp::address(var_active_count, var_5);
    var_8 = wp::load(var_6);
    var_7 = (var_0 >= var_8);
    var_4 = var_7;
    if (!var_4) {
        var_10 = (var_2 == var_9);
        var_4 = var_4 || var_10;
    }
    if (var_4) {
        // return                                                                             <L 14>
        goto label0;
    }
    // x = values[tid]                                                                        <L 15>
    var_11 = wp::address(var_values, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // if flag != 0:                                                                          <L 16>
    var_15 = (var_2 != var_14);
    if (var_15) {
        // other[tid] = x                                                                     <L 17>
        // wp::array_store(var_other, var_0, var_12);
    }
    //---------
    // reverse
    if (var_15) {
        wp::adj_array_store(var_other, var_0, var_12, adj_other, adj_0, adj_12);
        // adj: other[tid] = x                                                                <L 17>
    }
    // adj: if flag != 0:                                                                     <L 16>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_11);
    // adj: x = values[tid]                                                                   <L 15>
    if (var_4) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    if (!var_4) {
    }
    wp::adj_address(var_active_count, var_5, adj_active_count, adj_5, adj_6);
    // adj: if tid >= active_count[0] or flag == 0:                                           <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: flag = active[tid]                                                                <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def copy_active(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_active_b90ff2bf_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_active_b90ff2bf *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_active_b90ff2bf_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void copy_active_b90ff2bf_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_active_b90ff2bf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        copy_active_b90ff2bf_cpu_forward_tasks<true>(dim, _wp_args);
    else
        copy_active_b90ff2bf_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void copy_active_b90ff2bf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_active_b90ff2bf *_wp_args)
{
    copy_active_b90ff2bf_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_active_b90ff2bf_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_active_b90ff2bf *_wp_args,
    wp_args_copy_active_b90ff2bf *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_active_b90ff2bf_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void copy_active_b90ff2bf_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_active_b90ff2bf *_wp_args,
    wp_args_copy_active_b90ff2bf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        copy_active_b90ff2bf_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        copy_active_b90ff2bf_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void copy_active_b90ff2bf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_active_b90ff2bf *_wp_args,
    wp_args_copy_active_b90ff2bf *_wp_adj_args)
{
    copy_active_b90ff2bf_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

