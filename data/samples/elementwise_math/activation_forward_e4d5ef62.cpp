// Warp 1.19.0 cpu code for activation_forward_e4d5ef62.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// activation_forward.py:4
static wp::float32 gelu_erf_0(
    wp::float32 var_z)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 0.70710678;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def gelu_erf(z: float) -> float:                                                       <L 5>
    // return 0.5 * z * (1.0 + wp.erf(z * 0.70710678))                                        <L 7>
    var_1 = wp::mul(var_0, var_z);
    var_4 = wp::mul(var_z, var_3);
    var_5 = wp::erf(var_4);
    var_6 = wp::add(var_2, var_5);
    var_7 = wp::mul(var_1, var_6);
    return var_7;
}


// activation_forward.py:4
static void adj_gelu_erf_0(
    wp::float32 var_z,
    wp::float32 & adj_z,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 0.70710678;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def gelu_erf(z: float) -> float:                                                       <L 5>
    // return 0.5 * z * (1.0 + wp.erf(z * 0.70710678))                                        <L 7>
    var_1 = wp::mul(var_0, var_z);
    var_4 = wp::mul(var_z, var_3);
    var_5 = wp::erf(var_4);
    var_6 = wp::add(var_2, var_5);
    var_7 = wp::mul(var_1, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_mul(var_1, var_6, adj_1, adj_6, adj_7);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_6);
    wp::adj_erf(var_4, adj_4, adj_5);
    wp::adj_mul(var_z, var_3, adj_z, adj_3, adj_4);
    wp::adj_mul(var_0, var_z, adj_0, adj_z, adj_1);
    // adj: return 0.5 * z * (1.0 + wp.erf(z * 0.70710678))                                   <L 7>
    // adj: def gelu_erf(z: float) -> float:                                                  <L 5>
    return;
}

struct wp_args_activation_forward_16f6cbfb {
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::float32> logits;
    wp::array_t<wp::float32> activations;
};


template <bool wp_linear_contiguous>
static void activation_forward_16f6cbfb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_activation_forward_16f6cbfb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_activation_forward_16f6cbfb wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.logits.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.activations.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::array_t<wp::float32> var_activations = _wp_args->activations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def activation_forward(                                                                <L 11>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // if flags[tid] != 1:                                                                    <L 18>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 19>
        return;
    }
    // pre = logits[tid]                                                                      <L 20>
    var_5 = wp::address(var_logits, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // activations[tid] = gelu_erf(pre)                                                       <L 21>
    var_8 = gelu_erf_0(var_6);
    wp::array_store(var_activations, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void activation_forward_16f6cbfb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_activation_forward_16f6cbfb *_wp_args,
    wp_args_activation_forward_16f6cbfb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_activation_forward_16f6cbfb wp_contiguous_args;
    wp_args_activation_forward_16f6cbfb wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.logits.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.logits.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.activations.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.activations.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::array_t<wp::float32> var_activations = _wp_args->activations;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::float32> adj_logits = _wp_adj_args->logits;
    wp::array_t<wp::float32> adj_activations = _wp_adj_args->activations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
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
    //---------
    // forward
    // def activation_forward(                                                                <L 11>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // if flags[tid] != 1:                                                                    <L 18>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 19>
        goto label0;
    }
    // pre = logits[tid]                                                                      <L 20>
    var_5 = wp::address(var_logits, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // activations[tid] = gelu_erf(pre)                                                       <L 21>
    var_8 = gelu_erf_0(var_6);
    // wp::array_store(var_activations, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_activations, var_0, var_8, adj_activations, adj_0, adj_8);
    adj_gelu_erf_0(var_6, adj_6, adj_8);
    // adj: activations[tid] = gelu_erf(pre)                                                  <L 21>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_logits, var_0, adj_logits, adj_0, adj_5);
    // adj: pre = logits[tid]                                                                 <L 20>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 19>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if flags[tid] != 1:                                                               <L 18>
    // adj: tid = wp.tid()                                                                    <L 17>
    // adj: def activation_forward(                                                           <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void activation_forward_16f6cbfb_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_activation_forward_16f6cbfb *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        activation_forward_16f6cbfb_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void activation_forward_16f6cbfb_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_activation_forward_16f6cbfb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->logits.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->activations.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        activation_forward_16f6cbfb_cpu_forward_tasks<true>(dim, _wp_args);
    else
        activation_forward_16f6cbfb_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void activation_forward_16f6cbfb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_activation_forward_16f6cbfb *_wp_args)
{
    activation_forward_16f6cbfb_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void activation_forward_16f6cbfb_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_activation_forward_16f6cbfb *_wp_args,
    wp_args_activation_forward_16f6cbfb *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        activation_forward_16f6cbfb_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void activation_forward_16f6cbfb_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_activation_forward_16f6cbfb *_wp_args,
    wp_args_activation_forward_16f6cbfb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->logits.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->logits.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->activations.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->activations.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        activation_forward_16f6cbfb_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        activation_forward_16f6cbfb_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void activation_forward_16f6cbfb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_activation_forward_16f6cbfb *_wp_args,
    wp_args_activation_forward_16f6cbfb *_wp_adj_args)
{
    activation_forward_16f6cbfb_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

