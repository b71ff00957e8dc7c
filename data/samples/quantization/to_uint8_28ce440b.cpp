// Warp 1.19.0 cpu code for to_uint8_28ce440b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_to_uint8_eb22e0d9 {
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::float32> values;
    wp::array_t<wp::uint8> encoded;
};


template <bool wp_linear_contiguous>
static void to_uint8_eb22e0d9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_to_uint8_eb22e0d9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_to_uint8_eb22e0d9 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.encoded.strides[0] = sizeof(wp::uint8);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::uint8> var_encoded = _wp_args->encoded;
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
    const wp::int32 var_8 = 7;
    wp::int32 var_9;
    const wp::int32 var_10 = 16;
    wp::int32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 16.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    const wp::float32 var_17 = 255.0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 255.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::uint8 var_24;
    //---------
    // forward
    // def to_uint8(flags: wp.array[int], values: wp.array[float], encoded: wp.array[wp.uint8]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // if flags[tid] != 1:                                                                    <L 7>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 8>
        return;
    }
    // c = values[tid]                                                                        <L 9>
    var_5 = wp::address(var_values, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 10>
    var_9 = wp::mul(var_0, var_8);
    var_11 = wp::mod(var_9, var_10);
    var_12 = wp::float(var_11);
    var_14 = wp::div(var_12, var_13);
    var_16 = wp::sub(var_14, var_15);
    // x = wp.clamp(c * 255.0 + threshold, 0.0, 255.0)                                        <L 11>
    var_18 = wp::mul(var_6, var_17);
    var_19 = wp::add(var_18, var_16);
    var_22 = wp::clamp(var_19, var_20, var_21);
    // encoded[tid] = wp.uint8(wp.rint(x))                                                    <L 12>
    var_23 = wp::rint(var_22);
    var_24 = wp::uint8(var_23);
    wp::array_store(var_encoded, var_0, var_24);
}



template <bool wp_linear_contiguous>
static void to_uint8_eb22e0d9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_to_uint8_eb22e0d9 *_wp_args,
    wp_args_to_uint8_eb22e0d9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_to_uint8_eb22e0d9 wp_contiguous_args;
    wp_args_to_uint8_eb22e0d9 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.encoded.strides[0] = sizeof(wp::uint8);
        wp_contiguous_adj_args.encoded.strides[0] = sizeof(wp::uint8);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::uint8> var_encoded = _wp_args->encoded;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::uint8> adj_encoded = _wp_adj_args->encoded;
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
    const wp::int32 var_8 = 7;
    wp::int32 var_9;
    const wp::int32 var_10 = 16;
    wp::int32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 16.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    const wp::float32 var_17 = 255.0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 255.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::uint8 var_24;
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
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::uint8 adj_24 = {};
    //---------
    // forward
    // def to_uint8(flags: wp.array[int], values: wp.array[float], encoded: wp.array[wp.uint8]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // if flags[tid] != 1:                                                                    <L 7>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 8>
        goto label0;
    }
    // c = values[tid]                                                                        <L 9>
    var_5 = wp::address(var_values, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 10>
    var_9 = wp::mul(var_0, var_8);
    var_11 = wp::mod(var_9, var_10);
    var_12 = wp::float(var_11);
    var_14 = wp::div(var_12, var_13);
    var_16 = wp::sub(var_14, var_15);
    // x = wp.clamp(c * 255.0 + threshold, 0.0, 255.0)                                        <L 11>
    var_18 = wp::mul(var_6, var_17);
    var_19 = wp::add(var_18, var_16);
    var_22 = wp::clamp(var_19, var_20, var_21);
    // encoded[tid] = wp.uint8(wp.rint(x))                                                    <L 12>
    var_23 = wp::rint(var_22);
    var_24 = wp::uint8(var_23);
    // wp::array_store(var_encoded, var_0, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_encoded, var_0, var_24, adj_encoded, adj_0, adj_24);
    // adj: encoded[tid] = wp.uint8(wp.rint(x))                                               <L 12>
    wp::adj_clamp(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
    wp::adj_add(var_18, var_16, adj_18, adj_16, adj_19);
    wp::adj_mul(var_6, var_17, adj_6, adj_17, adj_18);
    // adj: x = wp.clamp(c * 255.0 + threshold, 0.0, 255.0)                                   <L 11>
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
    wp::adj_float(var_11, adj_11, adj_12);
    wp::adj_mod(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_mul(var_0, var_8, adj_0, adj_8, adj_9);
    // adj: threshold = float((tid * 7) % 16) / 16.0 - 0.5                                    <L 10>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_5);
    // adj: c = values[tid]                                                                   <L 9>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 8>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if flags[tid] != 1:                                                               <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def to_uint8(flags: wp.array[int], values: wp.array[float], encoded: wp.array[wp.uint8]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void to_uint8_eb22e0d9_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_uint8_eb22e0d9 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_uint8_eb22e0d9_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void to_uint8_eb22e0d9_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_uint8_eb22e0d9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->encoded.strides[0] == (int)sizeof(wp::uint8)));
    if (wp_linear_contiguous)
        to_uint8_eb22e0d9_cpu_forward_tasks<true>(dim, _wp_args);
    else
        to_uint8_eb22e0d9_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void to_uint8_eb22e0d9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_uint8_eb22e0d9 *_wp_args)
{
    to_uint8_eb22e0d9_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void to_uint8_eb22e0d9_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_uint8_eb22e0d9 *_wp_args,
    wp_args_to_uint8_eb22e0d9 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_uint8_eb22e0d9_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void to_uint8_eb22e0d9_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_uint8_eb22e0d9 *_wp_args,
    wp_args_to_uint8_eb22e0d9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->encoded.strides[0] == (int)sizeof(wp::uint8)) & (_wp_adj_args->encoded.strides[0] == (int)sizeof(wp::uint8)));
    if (wp_linear_contiguous)
        to_uint8_eb22e0d9_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        to_uint8_eb22e0d9_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void to_uint8_eb22e0d9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_uint8_eb22e0d9 *_wp_args,
    wp_args_to_uint8_eb22e0d9 *_wp_adj_args)
{
    to_uint8_eb22e0d9_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

