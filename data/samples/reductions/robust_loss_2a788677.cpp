// Warp 1.19.0 cpu code for robust_loss_2a788677.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

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

struct wp_args_robust_loss_806e2253 {
    wp::array_t<wp::vec_t<3, wp::float32>> offsets;
    wp::array_t<wp::float32> result;
};


template <bool wp_linear_contiguous>
static void robust_loss_806e2253_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_robust_loss_806e2253 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_robust_loss_806e2253 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.result.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    //---------
    // forward
    // def robust_loss(offsets: wp.array[wp.vec3], result: wp.array[float]):                  <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // residual = offsets[tid]                                                                <L 7>
    var_1 = wp::address(var_offsets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // loss = wp.norm_l2(residual)                                                            <L 8>
    var_4 = norm_l2_0(var_2);
    // wp.atomic_add(result, 0, loss)                                                         <L 9>
    var_6 = wp::atomic_add(var_result, var_5, var_4);
}



template <bool wp_linear_contiguous>
static void robust_loss_806e2253_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_robust_loss_806e2253 *_wp_args,
    wp_args_robust_loss_806e2253 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_robust_loss_806e2253 wp_contiguous_args;
    wp_args_robust_loss_806e2253 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.result.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.result.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def robust_loss(offsets: wp.array[wp.vec3], result: wp.array[float]):                  <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // residual = offsets[tid]                                                                <L 7>
    var_1 = wp::address(var_offsets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // loss = wp.norm_l2(residual)                                                            <L 8>
    var_4 = norm_l2_0(var_2);
    // wp.atomic_add(result, 0, loss)                                                         <L 9>
    // var_6 = wp::atomic_add(var_result, var_5, var_4);
    //---------
    // reverse
    wp::adj_atomic_add(var_result, var_5, var_4, adj_result, adj_5, adj_4, adj_6);
    // adj: wp.atomic_add(result, 0, loss)                                                    <L 9>
    adj_norm_l2_0(var_2, adj_2, adj_4);
    // adj: loss = wp.norm_l2(residual)                                                       <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_1);
    // adj: residual = offsets[tid]                                                           <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def robust_loss(offsets: wp.array[wp.vec3], result: wp.array[float]):             <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void robust_loss_806e2253_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_robust_loss_806e2253 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        robust_loss_806e2253_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void robust_loss_806e2253_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_robust_loss_806e2253 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->result.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        robust_loss_806e2253_cpu_forward_tasks<true>(dim, _wp_args);
    else
        robust_loss_806e2253_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void robust_loss_806e2253_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_robust_loss_806e2253 *_wp_args)
{
    robust_loss_806e2253_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void robust_loss_806e2253_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_robust_loss_806e2253 *_wp_args,
    wp_args_robust_loss_806e2253 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        robust_loss_806e2253_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void robust_loss_806e2253_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_robust_loss_806e2253 *_wp_args,
    wp_args_robust_loss_806e2253 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->result.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->result.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        robust_loss_806e2253_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        robust_loss_806e2253_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void robust_loss_806e2253_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_robust_loss_806e2253 *_wp_args,
    wp_args_robust_loss_806e2253 *_wp_adj_args)
{
    robust_loss_806e2253_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

