// Warp 1.19.0 cpu code for fit_error_26d5caaf.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// warp/_src/math.py:0
static wp::float32 norm_l2_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    return var_0;
}


// warp/_src/math.py:0
static void adj_norm_l2_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: return wp.length(v)                                                               <L 12>
    // adj: def norm_l2(v: Any) -> float:                                                     <L 1>
    return;
}

struct wp_args_fit_error_87da2f32 {
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> offsets;
    wp::array_t<wp::float32> total;
};


template <bool wp_linear_contiguous>
static void fit_error_87da2f32_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fit_error_87da2f32 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_fit_error_87da2f32 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.total.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    //---------
    // forward
    // def fit_error(item_count: wp.array[int], offsets: wp.array[wp.vec3], total: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 7>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 8>
        return;
    }
    // residual = offsets[tid]                                                                <L 9>
    var_5 = wp::address(var_offsets, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // loss = wp.norm_l2(residual)                                                            <L 10>
    var_8 = norm_l2_0(var_6);
    // wp.atomic_add(total, 0, loss)                                                          <L 11>
    var_10 = wp::atomic_add(var_total, var_9, var_8);
}



template <bool wp_linear_contiguous>
static void fit_error_87da2f32_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fit_error_87da2f32 *_wp_args,
    wp_args_fit_error_87da2f32 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_fit_error_87da2f32 wp_contiguous_args;
    wp_args_fit_error_87da2f32 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.total.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.total.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
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
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def fit_error(item_count: wp.array[int], offsets: wp.array[wp.vec3], total: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 7>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 8>
        goto label0;
    }
    // residual = offsets[tid]                                                                <L 9>
    var_5 = wp::address(var_offsets, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // loss = wp.norm_l2(residual)                                                            <L 10>
    var_8 = norm_l2_0(var_6);
    // wp.atomic_add(total, 0, loss)                                                          <L 11>
    // var_10 = wp::atomic_add(var_total, var_9, var_8);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_9, var_8, adj_total, adj_9, adj_8, adj_10);
    // adj: wp.atomic_add(total, 0, loss)                                                     <L 11>
    adj_norm_l2_0(var_6, adj_6, adj_8);
    // adj: loss = wp.norm_l2(residual)                                                       <L 10>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_5);
    // adj: residual = offsets[tid]                                                           <L 9>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 8>
    }
    wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
    // adj: if tid >= item_count[0]:                                                          <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def fit_error(item_count: wp.array[int], offsets: wp.array[wp.vec3], total: wp.array[float]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void fit_error_87da2f32_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_fit_error_87da2f32 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fit_error_87da2f32_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void fit_error_87da2f32_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_fit_error_87da2f32 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->total.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        fit_error_87da2f32_cpu_forward_tasks<true>(dim, _wp_args);
    else
        fit_error_87da2f32_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void fit_error_87da2f32_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fit_error_87da2f32 *_wp_args)
{
    fit_error_87da2f32_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void fit_error_87da2f32_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_fit_error_87da2f32 *_wp_args,
    wp_args_fit_error_87da2f32 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fit_error_87da2f32_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void fit_error_87da2f32_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_fit_error_87da2f32 *_wp_args,
    wp_args_fit_error_87da2f32 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->total.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->total.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        fit_error_87da2f32_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        fit_error_87da2f32_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void fit_error_87da2f32_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fit_error_87da2f32 *_wp_args,
    wp_args_fit_error_87da2f32 *_wp_adj_args)
{
    fit_error_87da2f32_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

