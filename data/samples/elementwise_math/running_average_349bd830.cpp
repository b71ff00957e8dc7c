// Warp 1.19.0 cpu code for running_average_349bd830.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_running_average_e5936e53 {
    wp::float32 alpha;
    wp::array_t<wp::vec_t<4, wp::float32>> avg;
    wp::array_t<wp::vec_t<4, wp::float32>> x;
};


template <bool wp_linear_contiguous>
static void running_average_e5936e53_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_running_average_e5936e53 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_running_average_e5936e53 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.avg.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::vec_t<4, wp::float32>> var_avg = _wp_args->avg;
    wp::array_t<wp::vec_t<4, wp::float32>> var_x = _wp_args->x;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::vec_t<4, wp::float32>* var_6;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    wp::vec_t<4, wp::float32> var_9;
    wp::vec_t<4, wp::float32> var_10;
    //---------
    // forward
    // def running_average(alpha: float, avg: wp.array[wp.vec4], x: wp.array[wp.vec4]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // val = x[tid]                                                                           <L 7>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // avg[tid] = (1.0 - alpha) * avg[tid] + alpha * val                                      <L 8>
    var_5 = wp::sub(var_4, var_alpha);
    var_6 = wp::address(var_avg, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::mul(var_alpha, var_2);
    var_10 = wp::add(var_7, var_9);
    wp::array_store(var_avg, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void running_average_e5936e53_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_running_average_e5936e53 *_wp_args,
    wp_args_running_average_e5936e53 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_running_average_e5936e53 wp_contiguous_args;
    wp_args_running_average_e5936e53 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.avg.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.avg.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::vec_t<4, wp::float32>> var_avg = _wp_args->avg;
    wp::array_t<wp::vec_t<4, wp::float32>> var_x = _wp_args->x;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_avg = _wp_adj_args->avg;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_x = _wp_adj_args->x;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::vec_t<4, wp::float32>* var_6;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    wp::vec_t<4, wp::float32> var_9;
    wp::vec_t<4, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    wp::vec_t<4, wp::float32> adj_9 = {};
    wp::vec_t<4, wp::float32> adj_10 = {};
    //---------
    // forward
    // def running_average(alpha: float, avg: wp.array[wp.vec4], x: wp.array[wp.vec4]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // val = x[tid]                                                                           <L 7>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // avg[tid] = (1.0 - alpha) * avg[tid] + alpha * val                                      <L 8>
    var_5 = wp::sub(var_4, var_alpha);
    var_6 = wp::address(var_avg, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::mul(var_alpha, var_2);
    var_10 = wp::add(var_7, var_9);
    // wp::array_store(var_avg, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_avg, var_0, var_10, adj_avg, adj_0, adj_10);
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_mul(var_alpha, var_2, adj_alpha, adj_2, adj_9);
    wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
    wp::adj_address(var_avg, var_0, adj_avg, adj_0, adj_6);
    wp::adj_sub(var_4, var_alpha, adj_4, adj_alpha, adj_5);
    // adj: avg[tid] = (1.0 - alpha) * avg[tid] + alpha * val                                 <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: val = x[tid]                                                                      <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def running_average(alpha: float, avg: wp.array[wp.vec4], x: wp.array[wp.vec4]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void running_average_e5936e53_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_running_average_e5936e53 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        running_average_e5936e53_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void running_average_e5936e53_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_running_average_e5936e53 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->avg.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)));
    if (wp_linear_contiguous)
        running_average_e5936e53_cpu_forward_tasks<true>(dim, _wp_args);
    else
        running_average_e5936e53_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void running_average_e5936e53_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_running_average_e5936e53 *_wp_args)
{
    running_average_e5936e53_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void running_average_e5936e53_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_running_average_e5936e53 *_wp_args,
    wp_args_running_average_e5936e53 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        running_average_e5936e53_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void running_average_e5936e53_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_running_average_e5936e53 *_wp_args,
    wp_args_running_average_e5936e53 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->avg.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->avg.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)));
    if (wp_linear_contiguous)
        running_average_e5936e53_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        running_average_e5936e53_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void running_average_e5936e53_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_running_average_e5936e53 *_wp_args,
    wp_args_running_average_e5936e53 *_wp_adj_args)
{
    running_average_e5936e53_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

