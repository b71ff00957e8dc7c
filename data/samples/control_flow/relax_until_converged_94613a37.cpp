// Warp 1.19.0 cpu code for relax_until_converged_94613a37.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_relax_until_converged_b37cf19f {
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::float32> weights;
    wp::float32 target;
    wp::array_t<wp::float32> roots;
    wp::array_t<wp::int32> iters_used;
};


template <bool wp_linear_contiguous>
static void relax_until_converged_b37cf19f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_relax_until_converged_b37cf19f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_relax_until_converged_b37cf19f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.roots.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.iters_used.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::float32 var_target = _wp_args->target;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_iters_used = _wp_args->iters_used;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.1;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    bool var_16;
    const wp::float32 var_17 = 1e-05;
    bool var_18;
    const wp::int32 var_19 = 64;
    bool var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    //---------
    // forward
    // def relax_until_converged(                                                             <L 8>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // if flags[tid] == 0:                                                                    <L 17>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 18>
        return;
    }
    // w = weights[tid]                                                                       <L 19>
    var_5 = wp::address(var_weights, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // omega = wp.clamp(w, 0.1, 1.0)                                                          <L 21>
    var_10 = wp::clamp(var_6, var_8, var_9);
    // x = target                                                                             <L 22>
    var_11 = wp::copy(var_target);
    // delta = float(1.0)                                                                     <L 23>
    var_13 = wp::float(var_12);
    // it = int(0)                                                                            <L 24>
    var_15 = wp::int(var_14);
    // while delta > 1.0e-5 and it < MAX_ITERS:                                               <L 25>
    start_while_1:;
    var_18 = (var_13 > var_17);
    var_16 = var_18;
    if (var_16) {
        var_20 = (var_15 < var_19);
        var_16 = var_16 && var_20;
    }
    if ((var_16) == false) goto end_while_1;
        // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 26>
        var_22 = wp::sub(var_21, var_10);
        var_23 = wp::mul(var_22, var_11);
        var_24 = wp::cos(var_11);
        var_25 = wp::add(var_24, var_target);
        var_26 = wp::mul(var_10, var_25);
        var_27 = wp::add(var_23, var_26);
        // delta = wp.abs(x_next - x)                                                         <L 27>
        var_28 = wp::sub(var_27, var_11);
        var_29 = wp::abs(var_28);
        // x = x_next                                                                         <L 28>
        var_30 = wp::copy(var_27);
        // it += 1                                                                            <L 29>
        var_32 = wp::add(var_15, var_31);
        wp::assign(var_11, var_30);
        wp::assign(var_13, var_29);
        wp::assign(var_15, var_32);
    goto start_while_1;
    end_while_1:;
    // roots[tid] = x                                                                         <L 30>
    wp::array_store(var_roots, var_0, var_11);
    // iters_used[tid] = it                                                                   <L 31>
    wp::array_store(var_iters_used, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void relax_until_converged_b37cf19f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_relax_until_converged_b37cf19f *_wp_args,
    wp_args_relax_until_converged_b37cf19f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_relax_until_converged_b37cf19f wp_contiguous_args;
    wp_args_relax_until_converged_b37cf19f wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.roots.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.roots.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.iters_used.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.iters_used.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::float32 var_target = _wp_args->target;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_iters_used = _wp_args->iters_used;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::float32 adj_target = _wp_adj_args->target;
    wp::array_t<wp::float32> adj_roots = _wp_adj_args->roots;
    wp::array_t<wp::int32> adj_iters_used = _wp_adj_args->iters_used;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.1;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    bool var_16;
    const wp::float32 var_17 = 1e-05;
    bool var_18;
    const wp::int32 var_19 = 64;
    bool var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    //---------
    // forward
    // def relax_until_converged(                                                             <L 8>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // if flags[tid] == 0:                                                                    <L 17>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 18>
        goto label0;
    }
    // w = weights[tid]                                                                       <L 19>
    var_5 = wp::address(var_weights, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // omega = wp.clamp(w, 0.1, 1.0)                                                          <L 21>
    var_10 = wp::clamp(var_6, var_8, var_9);
    // x = target                                                                             <L 22>
    var_11 = wp::copy(var_target);
    // delta = float(1.0)                                                                     <L 23>
    var_13 = wp::float(var_12);
    // it = int(0)                                                                            <L 24>
    var_15 = wp::int(var_14);
    // while delta > 1.0e-5 and it < MAX_ITERS:                                               <L 25>
    // roots[tid] = x                                                                         <L 30>
    // wp::array_store(var_roots, var_0, var_11);
    // iters_used[tid] = it                                                                   <L 31>
    // wp::array_store(var_iters_used, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_iters_used, var_0, var_15, adj_iters_used, adj_0, adj_15);
    // adj: iters_used[tid] = it                                                              <L 31>
    wp::adj_array_store(var_roots, var_0, var_11, adj_roots, adj_0, adj_11);
    // adj: roots[tid] = x                                                                    <L 30>
    start_while_1:;
    var_18 = (var_13 > var_17);
    var_16 = var_18;
    if (var_16) {
        var_20 = (var_15 < var_19);
        var_16 = var_16 && var_20;
    }
    if ((var_16) == false) goto end_while_1;
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
    adj_27 = {};
    adj_28 = {};
    adj_29 = {};
    adj_30 = {};
    adj_31 = {};
    adj_32 = {};
        // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 26>
        var_22 = wp::sub(var_21, var_10);
        var_23 = wp::mul(var_22, var_11);
        var_24 = wp::cos(var_11);
        var_25 = wp::add(var_24, var_target);
        var_26 = wp::mul(var_10, var_25);
        var_27 = wp::add(var_23, var_26);
        // delta = wp.abs(x_next - x)                                                         <L 27>
        var_28 = wp::sub(var_27, var_11);
        var_29 = wp::abs(var_28);
        // x = x_next                                                                         <L 28>
        var_30 = wp::copy(var_27);
        // it += 1                                                                            <L 29>
        var_32 = wp::add(var_15, var_31);
        wp::assign(var_11, var_30);
        wp::assign(var_13, var_29);
        wp::assign(var_15, var_32);
        wp::adj_assign(var_15, var_32, adj_15, adj_32);
        wp::adj_assign(var_13, var_29, adj_13, adj_29);
        wp::adj_assign(var_11, var_30, adj_11, adj_30);
        wp::adj_add(var_15, var_31, adj_15, adj_31, adj_32);
        // adj: it += 1                                                                       <L 29>
        wp::adj_copy(var_27, adj_27, adj_30);
        // adj: x = x_next                                                                    <L 28>
        wp::adj_abs(var_28, adj_28, adj_29);
        wp::adj_sub(var_27, var_11, adj_27, adj_11, adj_28);
        // adj: delta = wp.abs(x_next - x)                                                    <L 27>
        wp::adj_add(var_23, var_26, adj_23, adj_26, adj_27);
        wp::adj_mul(var_10, var_25, adj_10, adj_25, adj_26);
        wp::adj_add(var_24, var_target, adj_24, adj_target, adj_25);
        wp::adj_cos(var_11, adj_11, adj_24);
        wp::adj_mul(var_22, var_11, adj_22, adj_11, adj_23);
        wp::adj_sub(var_21, var_10, adj_21, adj_10, adj_22);
        // adj: x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                     <L 26>
    goto start_while_1;
    end_while_1:;
    // adj: while delta > 1.0e-5 and it < MAX_ITERS:                                          <L 25>
    // adj: it = int(0)                                                                       <L 24>
    wp::adj_float(var_12, adj_12, adj_13);
    // adj: delta = float(1.0)                                                                <L 23>
    wp::adj_copy(var_target, adj_target, adj_11);
    // adj: x = target                                                                        <L 22>
    wp::adj_clamp(var_6, var_8, var_9, adj_6, adj_8, adj_9, adj_10);
    // adj: omega = wp.clamp(w, 0.1, 1.0)                                                     <L 21>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_5);
    // adj: w = weights[tid]                                                                  <L 19>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 18>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if flags[tid] == 0:                                                               <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def relax_until_converged(                                                        <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void relax_until_converged_b37cf19f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_b37cf19f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        relax_until_converged_b37cf19f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void relax_until_converged_b37cf19f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_b37cf19f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->roots.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->iters_used.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        relax_until_converged_b37cf19f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        relax_until_converged_b37cf19f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void relax_until_converged_b37cf19f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_b37cf19f *_wp_args)
{
    relax_until_converged_b37cf19f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void relax_until_converged_b37cf19f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_b37cf19f *_wp_args,
    wp_args_relax_until_converged_b37cf19f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        relax_until_converged_b37cf19f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void relax_until_converged_b37cf19f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_b37cf19f *_wp_args,
    wp_args_relax_until_converged_b37cf19f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->roots.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->roots.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->iters_used.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->iters_used.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        relax_until_converged_b37cf19f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        relax_until_converged_b37cf19f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void relax_until_converged_b37cf19f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_b37cf19f *_wp_args,
    wp_args_relax_until_converged_b37cf19f *_wp_adj_args)
{
    relax_until_converged_b37cf19f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

