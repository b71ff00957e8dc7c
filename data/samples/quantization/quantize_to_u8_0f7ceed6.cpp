// Warp 1.19.0 cpu code for quantize_to_u8_0f7ceed6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_quantize_to_u8_ee828483 {
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::float32> src;
    wp::array_t<wp::uint8> pixels_u8;
};


template <bool wp_linear_contiguous>
static void quantize_to_u8_ee828483_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quantize_to_u8_ee828483 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_quantize_to_u8_ee828483 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.src.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::uint8> var_pixels_u8 = _wp_args->pixels_u8;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 7;
    wp::int32 var_6;
    const wp::int32 var_7 = 16;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 16.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::float32* var_14;
    const wp::float32 var_15 = 255.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 255.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::uint8 var_23;
    //---------
    // forward
    // def quantize_to_u8(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 11>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 12>
        return;
    }
    // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 13>
    var_6 = wp::mul(var_0, var_5);
    var_8 = wp::mod(var_6, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::div(var_9, var_10);
    var_13 = wp::sub(var_11, var_12);
    // x = wp.clamp(src[tid] * 255.0 + threshold, 0.0, 255.0)                                 <L 14>
    var_14 = wp::address(var_src, var_0);
    var_17 = wp::load(var_14);
    var_16 = wp::mul(var_17, var_15);
    var_18 = wp::add(var_16, var_13);
    var_21 = wp::clamp(var_18, var_19, var_20);
    // pixels_u8[tid] = wp.uint8(wp.rint(x))                                                  <L 15>
    var_22 = wp::rint(var_21);
    var_23 = wp::uint8(var_22);
    wp::array_store(var_pixels_u8, var_0, var_23);
}



template <bool wp_linear_contiguous>
static void quantize_to_u8_ee828483_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quantize_to_u8_ee828483 *_wp_args,
    wp_args_quantize_to_u8_ee828483 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_quantize_to_u8_ee828483 wp_contiguous_args;
    wp_args_quantize_to_u8_ee828483 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.src.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.src.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        wp_contiguous_adj_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::uint8> var_pixels_u8 = _wp_args->pixels_u8;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::uint8> adj_pixels_u8 = _wp_adj_args->pixels_u8;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 7;
    wp::int32 var_6;
    const wp::int32 var_7 = 16;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 16.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::float32* var_14;
    const wp::float32 var_15 = 255.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 255.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::uint8 var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
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
    wp::uint8 adj_23 = {};
    //---------
    // forward
    // def quantize_to_u8(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 11>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 12>
        goto label0;
    }
    // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 13>
    var_6 = wp::mul(var_0, var_5);
    var_8 = wp::mod(var_6, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::div(var_9, var_10);
    var_13 = wp::sub(var_11, var_12);
    // x = wp.clamp(src[tid] * 255.0 + threshold, 0.0, 255.0)                                 <L 14>
    var_14 = wp::address(var_src, var_0);
    var_17 = wp::load(var_14);
    var_16 = wp::mul(var_17, var_15);
    var_18 = wp::add(var_16, var_13);
    var_21 = wp::clamp(var_18, var_19, var_20);
    // pixels_u8[tid] = wp.uint8(wp.rint(x))                                                  <L 15>
    var_22 = wp::rint(var_21);
    var_23 = wp::uint8(var_22);
    // wp::array_store(var_pixels_u8, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_pixels_u8, var_0, var_23, adj_pixels_u8, adj_0, adj_23);
    // adj: pixels_u8[tid] = wp.uint8(wp.rint(x))                                             <L 15>
    wp::adj_clamp(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_add(var_16, var_13, adj_16, adj_13, adj_18);
    wp::adj_mul(var_17, var_15, adj_14, adj_15, adj_16);
    wp::adj_address(var_src, var_0, adj_src, adj_0, adj_14);
    // adj: x = wp.clamp(src[tid] * 255.0 + threshold, 0.0, 255.0)                            <L 14>
    wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_div(var_9, var_10, var_11, adj_9, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_9);
    wp::adj_mod(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
    // adj: threshold = float((tid * 7) % 16) / 16.0 - 0.5                                    <L 13>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 12>
    }
    wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
    // adj: if tid >= item_count[0]:                                                          <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def quantize_to_u8(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void quantize_to_u8_ee828483_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_ee828483 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_to_u8_ee828483_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void quantize_to_u8_ee828483_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_ee828483 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->src.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)));
    if (wp_linear_contiguous)
        quantize_to_u8_ee828483_cpu_forward_tasks<true>(dim, _wp_args);
    else
        quantize_to_u8_ee828483_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void quantize_to_u8_ee828483_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_ee828483 *_wp_args)
{
    quantize_to_u8_ee828483_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void quantize_to_u8_ee828483_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_ee828483 *_wp_args,
    wp_args_quantize_to_u8_ee828483 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_to_u8_ee828483_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void quantize_to_u8_ee828483_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_ee828483 *_wp_args,
    wp_args_quantize_to_u8_ee828483 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->src.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->src.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)) & (_wp_adj_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)));
    if (wp_linear_contiguous)
        quantize_to_u8_ee828483_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        quantize_to_u8_ee828483_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void quantize_to_u8_ee828483_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_ee828483 *_wp_args,
    wp_args_quantize_to_u8_ee828483 *_wp_adj_args)
{
    quantize_to_u8_ee828483_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

