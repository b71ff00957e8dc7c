// Warp 1.19.0 cpu code for residual_norm_2216eef7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_residual_norm_53bdf730 {
    wp::array_t<wp::vec_t<4, wp::float32>> u;
    wp::array_t<wp::float32> result;
};


template <bool wp_linear_contiguous>
static void residual_norm_53bdf730_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_residual_norm_53bdf730 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_residual_norm_53bdf730 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.u.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.result.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def residual_norm(u: wp.array[wp.vec4], result: wp.array[float]):                      <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // a = u[tid]                                                                             <L 7>
    var_1 = wp::address(var_u, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(result, 0, wp.length_sq(a))                                              <L 8>
    var_5 = wp::length_sq(var_2);
    var_6 = wp::atomic_add(var_result, var_4, var_5);
}



template <bool wp_linear_contiguous>
static void residual_norm_53bdf730_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_residual_norm_53bdf730 *_wp_args,
    wp_args_residual_norm_53bdf730 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_residual_norm_53bdf730 wp_contiguous_args;
    wp_args_residual_norm_53bdf730 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.u.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.u.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.result.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.result.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def residual_norm(u: wp.array[wp.vec4], result: wp.array[float]):                      <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // a = u[tid]                                                                             <L 7>
    var_1 = wp::address(var_u, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(result, 0, wp.length_sq(a))                                              <L 8>
    var_5 = wp::length_sq(var_2);
    // var_6 = wp::atomic_add(var_result, var_4, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_result, var_4, var_5, adj_result, adj_4, adj_5, adj_6);
    wp::adj_length_sq(var_2, adj_2, adj_5);
    // adj: wp.atomic_add(result, 0, wp.length_sq(a))                                         <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_u, var_0, adj_u, adj_0, adj_1);
    // adj: a = u[tid]                                                                        <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def residual_norm(u: wp.array[wp.vec4], result: wp.array[float]):                 <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void residual_norm_53bdf730_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_53bdf730 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        residual_norm_53bdf730_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void residual_norm_53bdf730_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_53bdf730 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->u.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->result.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        residual_norm_53bdf730_cpu_forward_tasks<true>(dim, _wp_args);
    else
        residual_norm_53bdf730_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void residual_norm_53bdf730_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_53bdf730 *_wp_args)
{
    residual_norm_53bdf730_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void residual_norm_53bdf730_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_53bdf730 *_wp_args,
    wp_args_residual_norm_53bdf730 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        residual_norm_53bdf730_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void residual_norm_53bdf730_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_53bdf730 *_wp_args,
    wp_args_residual_norm_53bdf730 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->u.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->u.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->result.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->result.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        residual_norm_53bdf730_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        residual_norm_53bdf730_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void residual_norm_53bdf730_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_53bdf730 *_wp_args,
    wp_args_residual_norm_53bdf730 *_wp_adj_args)
{
    residual_norm_53bdf730_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

