// Warp 1.19.0 cpu code for apply_sign_b3b12bf5.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_apply_sign_f31450dd {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> y;
};


template <bool wp_linear_contiguous>
static void apply_sign_f31450dd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_sign_f31450dd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_sign_f31450dd wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.b.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.y.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_y = _wp_args->y;
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
    //---------
    // forward
    // def apply_sign(values: wp.array(dtype=float), b: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // y[tid] = wp.abs(values[tid]) * wp.sign(b[tid])                                         <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::sign(var_6);
    var_7 = wp::mul(var_2, var_5);
    wp::array_store(var_y, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void apply_sign_f31450dd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_sign_f31450dd *_wp_args,
    wp_args_apply_sign_f31450dd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_sign_f31450dd wp_contiguous_args;
    wp_args_apply_sign_f31450dd wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.b.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.b.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.y.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.y.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
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
    //---------
    // forward
    // def apply_sign(values: wp.array(dtype=float), b: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // y[tid] = wp.abs(values[tid]) * wp.sign(b[tid])                                         <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::sign(var_6);
    var_7 = wp::mul(var_2, var_5);
    // wp::array_store(var_y, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_7, adj_y, adj_0, adj_7);
    wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_7);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    wp::adj_abs(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: y[tid] = wp.abs(values[tid]) * wp.sign(b[tid])                                    <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def apply_sign(values: wp.array(dtype=float), b: wp.array(dtype=float), y: wp.array(dtype=float)):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_sign_f31450dd_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_sign_f31450dd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_sign_f31450dd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_sign_f31450dd_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_sign_f31450dd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->b.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->y.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        apply_sign_f31450dd_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_sign_f31450dd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_sign_f31450dd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_sign_f31450dd *_wp_args)
{
    apply_sign_f31450dd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_sign_f31450dd_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_sign_f31450dd *_wp_args,
    wp_args_apply_sign_f31450dd *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_sign_f31450dd_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_sign_f31450dd_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_sign_f31450dd *_wp_args,
    wp_args_apply_sign_f31450dd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->b.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->b.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->y.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->y.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        apply_sign_f31450dd_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_sign_f31450dd_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_sign_f31450dd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_sign_f31450dd *_wp_args,
    wp_args_apply_sign_f31450dd *_wp_adj_args)
{
    apply_sign_f31450dd_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

