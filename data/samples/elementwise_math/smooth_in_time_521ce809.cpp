// Warp 1.19.0 cpu code for smooth_in_time_521ce809.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_smooth_in_time_701571c7 {
    wp::array_t<wp::vec_t<4, wp::float32>> avg;
    wp::array_t<wp::vec_t<4, wp::float32>> x;
    wp::float32 t;
};


template <bool wp_linear_contiguous>
static void smooth_in_time_701571c7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_smooth_in_time_701571c7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_smooth_in_time_701571c7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.avg.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_avg = _wp_args->avg;
    wp::array_t<wp::vec_t<4, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_t = _wp_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32>* var_4;
    wp::vec_t<4, wp::float32> var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    wp::vec_t<4, wp::float32> var_9;
    //---------
    // forward
    // def smooth_in_time(avg: wp.array[wp.vec4], x: wp.array[wp.vec4], t: float):            <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // xi = x[tid]                                                                            <L 7>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // old = avg[tid]                                                                         <L 8>
    var_4 = wp::address(var_avg, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // avg[tid] = old + t * (xi - old)                                                        <L 9>
    var_7 = wp::sub(var_2, var_5);
    var_8 = wp::mul(var_t, var_7);
    var_9 = wp::add(var_5, var_8);
    wp::array_store(var_avg, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void smooth_in_time_701571c7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_smooth_in_time_701571c7 *_wp_args,
    wp_args_smooth_in_time_701571c7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_smooth_in_time_701571c7 wp_contiguous_args;
    wp_args_smooth_in_time_701571c7 wp_contiguous_adj_args;
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
    wp::array_t<wp::vec_t<4, wp::float32>> var_avg = _wp_args->avg;
    wp::array_t<wp::vec_t<4, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_t = _wp_args->t;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_avg = _wp_adj_args->avg;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_x = _wp_adj_args->x;
    wp::float32 adj_t = _wp_adj_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32>* var_4;
    wp::vec_t<4, wp::float32> var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    wp::vec_t<4, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::vec_t<4, wp::float32> adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    wp::vec_t<4, wp::float32> adj_9 = {};
    //---------
    // forward
    // def smooth_in_time(avg: wp.array[wp.vec4], x: wp.array[wp.vec4], t: float):            <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // xi = x[tid]                                                                            <L 7>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // old = avg[tid]                                                                         <L 8>
    var_4 = wp::address(var_avg, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // avg[tid] = old + t * (xi - old)                                                        <L 9>
    var_7 = wp::sub(var_2, var_5);
    var_8 = wp::mul(var_t, var_7);
    var_9 = wp::add(var_5, var_8);
    // wp::array_store(var_avg, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_avg, var_0, var_9, adj_avg, adj_0, adj_9);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_mul(var_t, var_7, adj_t, adj_7, adj_8);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: avg[tid] = old + t * (xi - old)                                                   <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_avg, var_0, adj_avg, adj_0, adj_4);
    // adj: old = avg[tid]                                                                    <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: xi = x[tid]                                                                       <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def smooth_in_time(avg: wp.array[wp.vec4], x: wp.array[wp.vec4], t: float):       <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void smooth_in_time_701571c7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_701571c7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        smooth_in_time_701571c7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void smooth_in_time_701571c7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_701571c7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->avg.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)));
    if (wp_linear_contiguous)
        smooth_in_time_701571c7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        smooth_in_time_701571c7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void smooth_in_time_701571c7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_701571c7 *_wp_args)
{
    smooth_in_time_701571c7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void smooth_in_time_701571c7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_701571c7 *_wp_args,
    wp_args_smooth_in_time_701571c7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        smooth_in_time_701571c7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void smooth_in_time_701571c7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_701571c7 *_wp_args,
    wp_args_smooth_in_time_701571c7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->avg.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->avg.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)));
    if (wp_linear_contiguous)
        smooth_in_time_701571c7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        smooth_in_time_701571c7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void smooth_in_time_701571c7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_701571c7 *_wp_args,
    wp_args_smooth_in_time_701571c7 *_wp_adj_args)
{
    smooth_in_time_701571c7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

