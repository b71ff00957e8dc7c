// Warp 1.19.0 cpu code for accumulate_878bdccf.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_accumulate_a78b1560 {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> data;
    wp::array_t<wp::vec_t<3, wp::float32>> other;
};


template <bool wp_linear_contiguous>
static void accumulate_a78b1560_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_a78b1560 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_accumulate_a78b1560 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def accumulate(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 12>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 13>
        return;
    }
    // other[tid] -= data[tid]                                                                <L 14>
    var_5 = wp::address(var_data, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::atomic_sub(var_other, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void accumulate_a78b1560_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_a78b1560 *_wp_args,
    wp_args_accumulate_a78b1560 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_accumulate_a78b1560 wp_contiguous_args;
    wp_args_accumulate_a78b1560 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_data = _wp_adj_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other = _wp_adj_args->other;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def accumulate(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 12>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 13>
        goto label0;
    }
    // other[tid] -= data[tid]                                                                <L 14>
    var_5 = wp::address(var_data, var_0);
    var_7 = wp::load(var_5);
    // var_6 = wp::atomic_sub(var_other, var_0, var_7);
    //---------
    // reverse
    wp::adj_atomic_sub(var_other, var_0, var_7, adj_other, adj_0, adj_5, adj_6);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_5);
    // adj: other[tid] -= data[tid]                                                           <L 14>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] != 1:                                                              <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def accumulate(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void accumulate_a78b1560_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_a78b1560 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_a78b1560_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void accumulate_a78b1560_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_a78b1560 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        accumulate_a78b1560_cpu_forward_tasks<true>(dim, _wp_args);
    else
        accumulate_a78b1560_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_a78b1560_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_a78b1560 *_wp_args)
{
    accumulate_a78b1560_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void accumulate_a78b1560_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_a78b1560 *_wp_args,
    wp_args_accumulate_a78b1560 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_a78b1560_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void accumulate_a78b1560_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_a78b1560 *_wp_args,
    wp_args_accumulate_a78b1560 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        accumulate_a78b1560_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        accumulate_a78b1560_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void accumulate_a78b1560_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_a78b1560 *_wp_args,
    wp_args_accumulate_a78b1560 *_wp_adj_args)
{
    accumulate_a78b1560_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

