// Warp 1.19.0 cpu code for global_reduce_d3250090.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_global_reduce_622f3d7e {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::float32> total;
};


template <bool wp_linear_contiguous>
static void global_reduce_622f3d7e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_global_reduce_622f3d7e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_global_reduce_622f3d7e wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.total.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def global_reduce(a: wp.array[wp.vec3], total: wp.array[float]):                       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // u = a[tid]                                                                             <L 8>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_min(total, 0, wp.length(u))                                                  <L 9>
    var_5 = wp::length(var_2);
    var_6 = wp::atomic_min(var_total, var_4, var_5);
}



template <bool wp_linear_contiguous>
static void global_reduce_622f3d7e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_global_reduce_622f3d7e *_wp_args,
    wp_args_global_reduce_622f3d7e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_global_reduce_622f3d7e wp_contiguous_args;
    wp_args_global_reduce_622f3d7e wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.total.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.total.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def global_reduce(a: wp.array[wp.vec3], total: wp.array[float]):                       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // u = a[tid]                                                                             <L 8>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_min(total, 0, wp.length(u))                                                  <L 9>
    var_5 = wp::length(var_2);
    // var_6 = wp::atomic_min(var_total, var_4, var_5);
    //---------
    // reverse
    wp::adj_atomic_min(var_total, var_4, var_5, adj_total, adj_4, adj_5, adj_6);
    wp::adj_length(var_2, var_5, adj_2, adj_5);
    // adj: wp.atomic_min(total, 0, wp.length(u))                                             <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: u = a[tid]                                                                        <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def global_reduce(a: wp.array[wp.vec3], total: wp.array[float]):                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void global_reduce_622f3d7e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_622f3d7e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        global_reduce_622f3d7e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void global_reduce_622f3d7e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_622f3d7e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->total.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        global_reduce_622f3d7e_cpu_forward_tasks<true>(dim, _wp_args);
    else
        global_reduce_622f3d7e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void global_reduce_622f3d7e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_622f3d7e *_wp_args)
{
    global_reduce_622f3d7e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void global_reduce_622f3d7e_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_622f3d7e *_wp_args,
    wp_args_global_reduce_622f3d7e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        global_reduce_622f3d7e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void global_reduce_622f3d7e_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_622f3d7e *_wp_args,
    wp_args_global_reduce_622f3d7e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->total.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->total.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        global_reduce_622f3d7e_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        global_reduce_622f3d7e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void global_reduce_622f3d7e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_622f3d7e *_wp_args,
    wp_args_global_reduce_622f3d7e *_wp_adj_args)
{
    global_reduce_622f3d7e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

