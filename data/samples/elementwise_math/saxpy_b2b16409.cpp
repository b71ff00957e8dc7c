// Warp 1.19.0 cpu code for saxpy_b2b16409.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_saxpy_eb813f46 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> v;
    wp::array_t<wp::float32> b;
    wp::float32 alpha;
    wp::float32 beta;
};


template <bool wp_linear_contiguous>
static void saxpy_eb813f46_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_saxpy_eb813f46 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_saxpy_eb813f46 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.a.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.v.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.b.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_beta = _wp_args->beta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def saxpy(a: wp.array[float], v: wp.array[float], b: wp.array[float], alpha: float, beta: float):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // u = a[tid]                                                                             <L 8>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = v[tid]                                                                             <L 9>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // b[tid] = alpha * u + beta * w                                                          <L 10>
    var_7 = wp::mul(var_alpha, var_2);
    var_8 = wp::mul(var_beta, var_5);
    var_9 = wp::add(var_7, var_8);
    wp::array_store(var_b, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void saxpy_eb813f46_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_saxpy_eb813f46 *_wp_args,
    wp_args_saxpy_eb813f46 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_saxpy_eb813f46 wp_contiguous_args;
    wp_args_saxpy_eb813f46 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.a.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.a.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.v.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.b.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.b.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_beta = _wp_args->beta;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::float32 adj_beta = _wp_adj_args->beta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def saxpy(a: wp.array[float], v: wp.array[float], b: wp.array[float], alpha: float, beta: float):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // u = a[tid]                                                                             <L 8>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = v[tid]                                                                             <L 9>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // b[tid] = alpha * u + beta * w                                                          <L 10>
    var_7 = wp::mul(var_alpha, var_2);
    var_8 = wp::mul(var_beta, var_5);
    var_9 = wp::add(var_7, var_8);
    // wp::array_store(var_b, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_9, adj_b, adj_0, adj_9);
    wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_mul(var_beta, var_5, adj_beta, adj_5, adj_8);
    wp::adj_mul(var_alpha, var_2, adj_alpha, adj_2, adj_7);
    // adj: b[tid] = alpha * u + beta * w                                                     <L 10>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: w = v[tid]                                                                        <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: u = a[tid]                                                                        <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def saxpy(a: wp.array[float], v: wp.array[float], b: wp.array[float], alpha: float, beta: float):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void saxpy_eb813f46_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_saxpy_eb813f46 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        saxpy_eb813f46_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void saxpy_eb813f46_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_saxpy_eb813f46 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->a.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->v.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->b.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        saxpy_eb813f46_cpu_forward_tasks<true>(dim, _wp_args);
    else
        saxpy_eb813f46_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void saxpy_eb813f46_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_saxpy_eb813f46 *_wp_args)
{
    saxpy_eb813f46_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void saxpy_eb813f46_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_saxpy_eb813f46 *_wp_args,
    wp_args_saxpy_eb813f46 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        saxpy_eb813f46_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void saxpy_eb813f46_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_saxpy_eb813f46 *_wp_args,
    wp_args_saxpy_eb813f46 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->a.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->a.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->v.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->b.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->b.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        saxpy_eb813f46_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        saxpy_eb813f46_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void saxpy_eb813f46_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_saxpy_eb813f46 *_wp_args,
    wp_args_saxpy_eb813f46 *_wp_adj_args)
{
    saxpy_eb813f46_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

