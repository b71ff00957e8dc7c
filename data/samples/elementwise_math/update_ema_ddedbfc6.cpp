// Warp 1.19.0 cpu code for update_ema_ddedbfc6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_update_ema_4355cda2 {
    wp::array_t<wp::vec_t<2, wp::float32>> running_mean;
    wp::array_t<wp::vec_t<2, wp::float32>> values;
    wp::array_t<wp::float32> blend_weights;
};


template <bool wp_linear_contiguous>
static void update_ema_4355cda2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_ema_4355cda2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_ema_4355cda2 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.running_mean.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.blend_weights.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_running_mean = _wp_args->running_mean;
    wp::array_t<wp::vec_t<2, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_blend_weights = _wp_args->blend_weights;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32>* var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    //---------
    // forward
    // def update_ema(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 11>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // alpha = blend_weights[tid]                                                             <L 12>
    var_4 = wp::address(var_blend_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // running_mean[tid] = (1.0 - alpha) * running_mean[tid] + alpha * x                      <L 13>
    var_8 = wp::sub(var_7, var_5);
    var_9 = wp::address(var_running_mean, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_8, var_11);
    var_12 = wp::mul(var_5, var_2);
    var_13 = wp::add(var_10, var_12);
    wp::array_store(var_running_mean, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void update_ema_4355cda2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_ema_4355cda2 *_wp_args,
    wp_args_update_ema_4355cda2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_ema_4355cda2 wp_contiguous_args;
    wp_args_update_ema_4355cda2 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.running_mean.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.running_mean.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.blend_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.blend_weights.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_running_mean = _wp_args->running_mean;
    wp::array_t<wp::vec_t<2, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_blend_weights = _wp_args->blend_weights;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_running_mean = _wp_adj_args->running_mean;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_blend_weights = _wp_adj_args->blend_weights;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32>* var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    //---------
    // forward
    // def update_ema(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 11>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // alpha = blend_weights[tid]                                                             <L 12>
    var_4 = wp::address(var_blend_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // running_mean[tid] = (1.0 - alpha) * running_mean[tid] + alpha * x                      <L 13>
    var_8 = wp::sub(var_7, var_5);
    var_9 = wp::address(var_running_mean, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_8, var_11);
    var_12 = wp::mul(var_5, var_2);
    var_13 = wp::add(var_10, var_12);
    // wp::array_store(var_running_mean, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_running_mean, var_0, var_13, adj_running_mean, adj_0, adj_13);
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_mul(var_5, var_2, adj_5, adj_2, adj_12);
    wp::adj_mul(var_8, var_11, adj_8, adj_9, adj_10);
    wp::adj_address(var_running_mean, var_0, adj_running_mean, adj_0, adj_9);
    wp::adj_sub(var_7, var_5, adj_7, adj_5, adj_8);
    // adj: running_mean[tid] = (1.0 - alpha) * running_mean[tid] + alpha * x                 <L 13>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_blend_weights, var_0, adj_blend_weights, adj_0, adj_4);
    // adj: alpha = blend_weights[tid]                                                        <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x = values[tid]                                                                   <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def update_ema(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_ema_4355cda2_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_ema_4355cda2 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_ema_4355cda2_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_ema_4355cda2_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_ema_4355cda2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->running_mean.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->blend_weights.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        update_ema_4355cda2_cpu_forward_tasks<true>(dim, _wp_args);
    else
        update_ema_4355cda2_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_ema_4355cda2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_ema_4355cda2 *_wp_args)
{
    update_ema_4355cda2_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_ema_4355cda2_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_ema_4355cda2 *_wp_args,
    wp_args_update_ema_4355cda2 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_ema_4355cda2_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_ema_4355cda2_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_ema_4355cda2 *_wp_args,
    wp_args_update_ema_4355cda2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->running_mean.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->running_mean.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->blend_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->blend_weights.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        update_ema_4355cda2_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        update_ema_4355cda2_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_ema_4355cda2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_ema_4355cda2 *_wp_args,
    wp_args_update_ema_4355cda2 *_wp_adj_args)
{
    update_ema_4355cda2_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

