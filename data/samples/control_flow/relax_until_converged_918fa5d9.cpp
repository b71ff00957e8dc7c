// Warp 1.19.0 cpu code for relax_until_converged_918fa5d9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_relax_until_converged_af868745 {
    wp::array_t<wp::float32> targets;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> x_out;
    wp::array_t<wp::int32> iterations;
};


template <bool wp_linear_contiguous>
static void relax_until_converged_af868745_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_relax_until_converged_af868745 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_relax_until_converged_af868745 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.targets.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.iterations.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_targets = _wp_args->targets;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_x_out = _wp_args->x_out;
    wp::array_t<wp::int32> var_iterations = _wp_args->iterations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.1;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    bool var_14;
    const wp::float32 var_15 = 1e-06;
    bool var_16;
    const wp::int32 var_17 = 64;
    bool var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32* var_23;
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
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // w = weights[tid]                                                                       <L 16>
    var_1 = wp::address(var_weights, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // omega = wp.clamp(w, 0.1, 1.0)                                                          <L 18>
    var_6 = wp::clamp(var_2, var_4, var_5);
    // x = targets[tid]                                                                       <L 19>
    var_7 = wp::address(var_targets, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // delta = float(1.0)                                                                     <L 20>
    var_11 = wp::float(var_10);
    // it = int(0)                                                                            <L 21>
    var_13 = wp::int(var_12);
    // while delta > 1.0e-6 and it < MAX_ITERS:                                               <L 22>
    start_while_0:;
    var_16 = (var_11 > var_15);
    var_14 = var_16;
    if (var_14) {
        var_18 = (var_13 < var_17);
        var_14 = var_14 && var_18;
    }
    if ((var_14) == false) goto end_while_0;
        // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + targets[tid])                    <L 23>
        var_20 = wp::sub(var_19, var_6);
        var_21 = wp::mul(var_20, var_8);
        var_22 = wp::cos(var_8);
        var_23 = wp::address(var_targets, var_0);
        var_25 = wp::load(var_23);
        var_24 = wp::add(var_22, var_25);
        var_26 = wp::mul(var_6, var_24);
        var_27 = wp::add(var_21, var_26);
        // delta = wp.abs(x_next - x)                                                         <L 24>
        var_28 = wp::sub(var_27, var_8);
        var_29 = wp::abs(var_28);
        // x = x_next                                                                         <L 25>
        var_30 = wp::copy(var_27);
        // it += 1                                                                            <L 26>
        var_32 = wp::add(var_13, var_31);
        wp::assign(var_8, var_30);
        wp::assign(var_11, var_29);
        wp::assign(var_13, var_32);
    goto start_while_0;
    end_while_0:;
    // x_out[tid] = x                                                                         <L 27>
    wp::array_store(var_x_out, var_0, var_8);
    // iterations[tid] = it                                                                   <L 28>
    wp::array_store(var_iterations, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void relax_until_converged_af868745_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_relax_until_converged_af868745 *_wp_args,
    wp_args_relax_until_converged_af868745 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_relax_until_converged_af868745 wp_contiguous_args;
    wp_args_relax_until_converged_af868745 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.targets.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.targets.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.x_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.iterations.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.iterations.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_targets = _wp_args->targets;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_x_out = _wp_args->x_out;
    wp::array_t<wp::int32> var_iterations = _wp_args->iterations;
    wp::array_t<wp::float32> adj_targets = _wp_adj_args->targets;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_x_out = _wp_adj_args->x_out;
    wp::array_t<wp::int32> adj_iterations = _wp_adj_args->iterations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.1;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    bool var_14;
    const wp::float32 var_15 = 1e-06;
    bool var_16;
    const wp::int32 var_17 = 64;
    bool var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32* var_23;
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
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
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
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // w = weights[tid]                                                                       <L 16>
    var_1 = wp::address(var_weights, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // omega = wp.clamp(w, 0.1, 1.0)                                                          <L 18>
    var_6 = wp::clamp(var_2, var_4, var_5);
    // x = targets[tid]                                                                       <L 19>
    var_7 = wp::address(var_targets, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // delta = float(1.0)                                                                     <L 20>
    var_11 = wp::float(var_10);
    // it = int(0)                                                                            <L 21>
    var_13 = wp::int(var_12);
    // while delta > 1.0e-6 and it < MAX_ITERS:                                               <L 22>
    // x_out[tid] = x                                                                         <L 27>
    // wp::array_store(var_x_out, var_0, var_8);
    // iterations[tid] = it                                                                   <L 28>
    // wp::array_store(var_iterations, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_iterations, var_0, var_13, adj_iterations, adj_0, adj_13);
    // adj: iterations[tid] = it                                                              <L 28>
    wp::adj_array_store(var_x_out, var_0, var_8, adj_x_out, adj_0, adj_8);
    // adj: x_out[tid] = x                                                                    <L 27>
    start_while_0:;
    var_16 = (var_11 > var_15);
    var_14 = var_16;
    if (var_14) {
        var_18 = (var_13 < var_17);
        var_14 = var_14 && var_18;
    }
    if ((var_14) == false) goto end_while_0;
    adj_19 = {};
    adj_20 = {};
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
        // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + targets[tid])                    <L 23>
        var_20 = wp::sub(var_19, var_6);
        var_21 = wp::mul(var_20, var_8);
        var_22 = wp::cos(var_8);
        var_23 = wp::address(var_targets, var_0);
        var_25 = wp::load(var_23);
        var_24 = wp::add(var_22, var_25);
        var_26 = wp::mul(var_6, var_24);
        var_27 = wp::add(var_21, var_26);
        // delta = wp.abs(x_next - x)                                                         <L 24>
        var_28 = wp::sub(var_27, var_8);
        var_29 = wp::abs(var_28);
        // x = x_next                                                                         <L 25>
        var_30 = wp::copy(var_27);
        // it += 1                                                                            <L 26>
        var_32 = wp::add(var_13, var_31);
        wp::assign(var_8, var_30);
        wp::assign(var_11, var_29);
        wp::assign(var_13, var_32);
        wp::adj_assign(var_13, var_32, adj_13, adj_32);
        wp::adj_assign(var_11, var_29, adj_11, adj_29);
        wp::adj_assign(var_8, var_30, adj_8, adj_30);
        wp::adj_add(var_13, var_31, adj_13, adj_31, adj_32);
        // adj: it += 1                                                                       <L 26>
        wp::adj_copy(var_27, adj_27, adj_30);
        // adj: x = x_next                                                                    <L 25>
        wp::adj_abs(var_28, adj_28, adj_29);
        wp::adj_sub(var_27, var_8, adj_27, adj_8, adj_28);
        // adj: delta = wp.abs(x_next - x)                                                    <L 24>
        wp::adj_add(var_21, var_26, adj_21, adj_26, adj_27);
        wp::adj_mul(var_6, var_24, adj_6, adj_24, adj_26);
        wp::adj_add(var_22, var_25, adj_22, adj_23, adj_24);
        wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_23);
        wp::adj_cos(var_8, adj_8, adj_22);
        wp::adj_mul(var_20, var_8, adj_20, adj_8, adj_21);
        wp::adj_sub(var_19, var_6, adj_19, adj_6, adj_20);
        // adj: x_next = (1.0 - omega) * x + omega * (wp.cos(x) + targets[tid])               <L 23>
    goto start_while_0;
    end_while_0:;
    // adj: while delta > 1.0e-6 and it < MAX_ITERS:                                          <L 22>
    // adj: it = int(0)                                                                       <L 21>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: delta = float(1.0)                                                                <L 20>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_7);
    // adj: x = targets[tid]                                                                  <L 19>
    wp::adj_clamp(var_2, var_4, var_5, adj_2, adj_4, adj_5, adj_6);
    // adj: omega = wp.clamp(w, 0.1, 1.0)                                                     <L 18>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_1);
    // adj: w = weights[tid]                                                                  <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def relax_until_converged(                                                        <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void relax_until_converged_af868745_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_af868745 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        relax_until_converged_af868745_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void relax_until_converged_af868745_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_af868745 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->targets.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->iterations.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        relax_until_converged_af868745_cpu_forward_tasks<true>(dim, _wp_args);
    else
        relax_until_converged_af868745_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void relax_until_converged_af868745_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_af868745 *_wp_args)
{
    relax_until_converged_af868745_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void relax_until_converged_af868745_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_af868745 *_wp_args,
    wp_args_relax_until_converged_af868745 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        relax_until_converged_af868745_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void relax_until_converged_af868745_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_af868745 *_wp_args,
    wp_args_relax_until_converged_af868745 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->targets.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->targets.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->x_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->iterations.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->iterations.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        relax_until_converged_af868745_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        relax_until_converged_af868745_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void relax_until_converged_af868745_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_relax_until_converged_af868745 *_wp_args,
    wp_args_relax_until_converged_af868745 *_wp_adj_args)
{
    relax_until_converged_af868745_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

