// Warp 1.19.0 cpu code for dequantize_u8_9e3d048b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_dequantize_u8_1ba61bc2 {
    wp::array_t<wp::uint8> pixels_u8;
    wp::array_t<wp::float32> decoded;
};


template <bool wp_linear_contiguous>
static void dequantize_u8_1ba61bc2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dequantize_u8_1ba61bc2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_dequantize_u8_1ba61bc2 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        wp_contiguous_args.decoded.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_pixels_u8 = _wp_args->pixels_u8;
    wp::array_t<wp::float32> var_decoded = _wp_args->decoded;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint8* var_1;
    wp::float32 var_2;
    wp::uint8 var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 255.0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 2.2;
    wp::float32 var_12;
    //---------
    // forward
    // def dequantize_u8(pixels_u8: wp.array[wp.uint8], decoded: wp.array[float]):            <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // c = float(pixels_u8[tid]) * (1.0 / 255.0)                                              <L 10>
    var_1 = wp::address(var_pixels_u8, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float(var_3);
    var_6 = wp::div(var_4, var_5);
    var_7 = wp::mul(var_2, var_6);
    // decoded[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                                      <L 11>
    var_10 = wp::clamp(var_7, var_8, var_9);
    var_12 = wp::pow(var_10, var_11);
    wp::array_store(var_decoded, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void dequantize_u8_1ba61bc2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dequantize_u8_1ba61bc2 *_wp_args,
    wp_args_dequantize_u8_1ba61bc2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_dequantize_u8_1ba61bc2 wp_contiguous_args;
    wp_args_dequantize_u8_1ba61bc2 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        wp_contiguous_adj_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        wp_contiguous_args.decoded.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.decoded.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_pixels_u8 = _wp_args->pixels_u8;
    wp::array_t<wp::float32> var_decoded = _wp_args->decoded;
    wp::array_t<wp::uint8> adj_pixels_u8 = _wp_adj_args->pixels_u8;
    wp::array_t<wp::float32> adj_decoded = _wp_adj_args->decoded;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint8* var_1;
    wp::float32 var_2;
    wp::uint8 var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 255.0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 2.2;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint8 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::uint8 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def dequantize_u8(pixels_u8: wp.array[wp.uint8], decoded: wp.array[float]):            <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // c = float(pixels_u8[tid]) * (1.0 / 255.0)                                              <L 10>
    var_1 = wp::address(var_pixels_u8, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float(var_3);
    var_6 = wp::div(var_4, var_5);
    var_7 = wp::mul(var_2, var_6);
    // decoded[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                                      <L 11>
    var_10 = wp::clamp(var_7, var_8, var_9);
    var_12 = wp::pow(var_10, var_11);
    // wp::array_store(var_decoded, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_decoded, var_0, var_12, adj_decoded, adj_0, adj_12);
    wp::adj_pow(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_clamp(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
    // adj: decoded[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                                 <L 11>
    wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_float(var_3, adj_1, adj_2);
    wp::adj_address(var_pixels_u8, var_0, adj_pixels_u8, adj_0, adj_1);
    // adj: c = float(pixels_u8[tid]) * (1.0 / 255.0)                                         <L 10>
    // adj: tid = wp.tid()                                                                    <L 9>
    // adj: def dequantize_u8(pixels_u8: wp.array[wp.uint8], decoded: wp.array[float]):       <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void dequantize_u8_1ba61bc2_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_dequantize_u8_1ba61bc2 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dequantize_u8_1ba61bc2_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void dequantize_u8_1ba61bc2_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_dequantize_u8_1ba61bc2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)) & (_wp_args->decoded.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        dequantize_u8_1ba61bc2_cpu_forward_tasks<true>(dim, _wp_args);
    else
        dequantize_u8_1ba61bc2_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void dequantize_u8_1ba61bc2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dequantize_u8_1ba61bc2 *_wp_args)
{
    dequantize_u8_1ba61bc2_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void dequantize_u8_1ba61bc2_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_dequantize_u8_1ba61bc2 *_wp_args,
    wp_args_dequantize_u8_1ba61bc2 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dequantize_u8_1ba61bc2_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void dequantize_u8_1ba61bc2_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_dequantize_u8_1ba61bc2 *_wp_args,
    wp_args_dequantize_u8_1ba61bc2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)) & (_wp_adj_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)) & (_wp_args->decoded.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->decoded.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        dequantize_u8_1ba61bc2_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        dequantize_u8_1ba61bc2_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void dequantize_u8_1ba61bc2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dequantize_u8_1ba61bc2 *_wp_args,
    wp_args_dequantize_u8_1ba61bc2 *_wp_adj_args)
{
    dequantize_u8_1ba61bc2_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_quantize_to_u8_215a117e {
    wp::array_t<wp::float32> decoded;
    wp::array_t<wp::uint8> pixels_u8;
};


template <bool wp_linear_contiguous>
static void quantize_to_u8_215a117e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quantize_to_u8_215a117e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_quantize_to_u8_215a117e wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.decoded.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_decoded = _wp_args->decoded;
    wp::array_t<wp::uint8> var_pixels_u8 = _wp_args->pixels_u8;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 2.2;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 255.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::uint8 var_13;
    //---------
    // forward
    // def quantize_to_u8(decoded: wp.array[float], pixels_u8: wp.array[wp.uint8]):           <L 15>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // x = wp.pow(wp.clamp(decoded[tid], 0.0, 1.0), 1.0 / 2.2) * 255.0                        <L 17>
    var_1 = wp::address(var_decoded, var_0);
    var_5 = wp::load(var_1);
    var_4 = wp::clamp(var_5, var_2, var_3);
    var_8 = wp::div(var_6, var_7);
    var_9 = wp::pow(var_4, var_8);
    var_11 = wp::mul(var_9, var_10);
    // pixels_u8[tid] = wp.uint8(wp.trunc(x))                                                 <L 18>
    var_12 = wp::trunc(var_11);
    var_13 = wp::uint8(var_12);
    wp::array_store(var_pixels_u8, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void quantize_to_u8_215a117e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quantize_to_u8_215a117e *_wp_args,
    wp_args_quantize_to_u8_215a117e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_quantize_to_u8_215a117e wp_contiguous_args;
    wp_args_quantize_to_u8_215a117e wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.decoded.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.decoded.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        wp_contiguous_adj_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_decoded = _wp_args->decoded;
    wp::array_t<wp::uint8> var_pixels_u8 = _wp_args->pixels_u8;
    wp::array_t<wp::float32> adj_decoded = _wp_adj_args->decoded;
    wp::array_t<wp::uint8> adj_pixels_u8 = _wp_adj_args->pixels_u8;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 2.2;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 255.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::uint8 var_13;
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
    wp::float32 adj_12 = {};
    wp::uint8 adj_13 = {};
    //---------
    // forward
    // def quantize_to_u8(decoded: wp.array[float], pixels_u8: wp.array[wp.uint8]):           <L 15>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // x = wp.pow(wp.clamp(decoded[tid], 0.0, 1.0), 1.0 / 2.2) * 255.0                        <L 17>
    var_1 = wp::address(var_decoded, var_0);
    var_5 = wp::load(var_1);
    var_4 = wp::clamp(var_5, var_2, var_3);
    var_8 = wp::div(var_6, var_7);
    var_9 = wp::pow(var_4, var_8);
    var_11 = wp::mul(var_9, var_10);
    // pixels_u8[tid] = wp.uint8(wp.trunc(x))                                                 <L 18>
    var_12 = wp::trunc(var_11);
    var_13 = wp::uint8(var_12);
    // wp::array_store(var_pixels_u8, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_pixels_u8, var_0, var_13, adj_pixels_u8, adj_0, adj_13);
    // adj: pixels_u8[tid] = wp.uint8(wp.trunc(x))                                            <L 18>
    wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_pow(var_4, var_8, var_9, adj_4, adj_8, adj_9);
    wp::adj_div(var_6, var_7, var_8, adj_6, adj_7, adj_8);
    wp::adj_clamp(var_5, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    wp::adj_address(var_decoded, var_0, adj_decoded, adj_0, adj_1);
    // adj: x = wp.pow(wp.clamp(decoded[tid], 0.0, 1.0), 1.0 / 2.2) * 255.0                   <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def quantize_to_u8(decoded: wp.array[float], pixels_u8: wp.array[wp.uint8]):      <L 15>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void quantize_to_u8_215a117e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_215a117e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_to_u8_215a117e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void quantize_to_u8_215a117e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_215a117e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->decoded.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)));
    if (wp_linear_contiguous)
        quantize_to_u8_215a117e_cpu_forward_tasks<true>(dim, _wp_args);
    else
        quantize_to_u8_215a117e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void quantize_to_u8_215a117e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_215a117e *_wp_args)
{
    quantize_to_u8_215a117e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void quantize_to_u8_215a117e_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_215a117e *_wp_args,
    wp_args_quantize_to_u8_215a117e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_to_u8_215a117e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void quantize_to_u8_215a117e_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_215a117e *_wp_args,
    wp_args_quantize_to_u8_215a117e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->decoded.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->decoded.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)) & (_wp_adj_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)));
    if (wp_linear_contiguous)
        quantize_to_u8_215a117e_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        quantize_to_u8_215a117e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void quantize_to_u8_215a117e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_215a117e *_wp_args,
    wp_args_quantize_to_u8_215a117e *_wp_adj_args)
{
    quantize_to_u8_215a117e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_encode_pcm8_4161f3f3 {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int8> labels;
};


template <bool wp_linear_contiguous>
static void encode_pcm8_4161f3f3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_encode_pcm8_4161f3f3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_encode_pcm8_4161f3f3 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.labels.strides[0] = sizeof(wp::int8);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int8> var_labels = _wp_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 255.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 127.0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = -127.0;
    const wp::float32 var_21 = 127.0;
    wp::float32 var_22;
    wp::int8 var_23;
    //---------
    // forward
    // def encode_pcm8(values: wp.array[float], labels: wp.array[wp.int8]):                   <L 31>
    // tid = wp.tid()                                                                         <L 33>
    var_0 = builtin_tid1d();
    // value = values[tid]                                                                    <L 34>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.min(wp.abs(value), 1.0)                                                         <L 35>
    var_4 = wp::abs(var_2);
    var_6 = wp::min(var_4, var_5);
    // y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), value)                        <L 36>
    var_9 = wp::mul(var_8, var_6);
    var_10 = wp::add(var_7, var_9);
    var_11 = wp::log(var_10);
    var_13 = wp::add(var_12, var_8);
    var_14 = wp::log(var_13);
    var_15 = wp::div(var_11, var_14);
    var_16 = wp::copysign(var_15, var_2);
    // labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                     <L 37>
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::rint(var_18);
    var_22 = wp::clamp(var_19, var_20, var_21);
    var_23 = wp::int8(var_22);
    wp::array_store(var_labels, var_0, var_23);
}



template <bool wp_linear_contiguous>
static void encode_pcm8_4161f3f3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_encode_pcm8_4161f3f3 *_wp_args,
    wp_args_encode_pcm8_4161f3f3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_encode_pcm8_4161f3f3 wp_contiguous_args;
    wp_args_encode_pcm8_4161f3f3 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.labels.strides[0] = sizeof(wp::int8);
        wp_contiguous_adj_args.labels.strides[0] = sizeof(wp::int8);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int8> var_labels = _wp_args->labels;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int8> adj_labels = _wp_adj_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 255.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 127.0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = -127.0;
    const wp::float32 var_21 = 127.0;
    wp::float32 var_22;
    wp::int8 var_23;
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
    wp::int8 adj_23 = {};
    //---------
    // forward
    // def encode_pcm8(values: wp.array[float], labels: wp.array[wp.int8]):                   <L 31>
    // tid = wp.tid()                                                                         <L 33>
    var_0 = builtin_tid1d();
    // value = values[tid]                                                                    <L 34>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.min(wp.abs(value), 1.0)                                                         <L 35>
    var_4 = wp::abs(var_2);
    var_6 = wp::min(var_4, var_5);
    // y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), value)                        <L 36>
    var_9 = wp::mul(var_8, var_6);
    var_10 = wp::add(var_7, var_9);
    var_11 = wp::log(var_10);
    var_13 = wp::add(var_12, var_8);
    var_14 = wp::log(var_13);
    var_15 = wp::div(var_11, var_14);
    var_16 = wp::copysign(var_15, var_2);
    // labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                     <L 37>
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::rint(var_18);
    var_22 = wp::clamp(var_19, var_20, var_21);
    var_23 = wp::int8(var_22);
    // wp::array_store(var_labels, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_labels, var_0, var_23, adj_labels, adj_0, adj_23);
    wp::adj_clamp(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
    wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
    // adj: labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                <L 37>
    wp::adj_copysign(var_15, var_2, adj_15, adj_2, adj_16);
    wp::adj_div(var_11, var_14, var_15, adj_11, adj_14, adj_15);
    wp::adj_log(var_13, adj_13, adj_14);
    wp::adj_add(var_12, var_8, adj_12, adj_8, adj_13);
    wp::adj_log(var_10, adj_10, adj_11);
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_mul(var_8, var_6, adj_8, adj_6, adj_9);
    // adj: y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), value)                   <L 36>
    wp::adj_min(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_abs(var_2, adj_2, adj_4);
    // adj: a = wp.min(wp.abs(value), 1.0)                                                    <L 35>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: value = values[tid]                                                               <L 34>
    // adj: tid = wp.tid()                                                                    <L 33>
    // adj: def encode_pcm8(values: wp.array[float], labels: wp.array[wp.int8]):              <L 31>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void encode_pcm8_4161f3f3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_4161f3f3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        encode_pcm8_4161f3f3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void encode_pcm8_4161f3f3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_4161f3f3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->labels.strides[0] == (int)sizeof(wp::int8)));
    if (wp_linear_contiguous)
        encode_pcm8_4161f3f3_cpu_forward_tasks<true>(dim, _wp_args);
    else
        encode_pcm8_4161f3f3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void encode_pcm8_4161f3f3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_4161f3f3 *_wp_args)
{
    encode_pcm8_4161f3f3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void encode_pcm8_4161f3f3_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_4161f3f3 *_wp_args,
    wp_args_encode_pcm8_4161f3f3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        encode_pcm8_4161f3f3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void encode_pcm8_4161f3f3_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_4161f3f3 *_wp_args,
    wp_args_encode_pcm8_4161f3f3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->labels.strides[0] == (int)sizeof(wp::int8)) & (_wp_adj_args->labels.strides[0] == (int)sizeof(wp::int8)));
    if (wp_linear_contiguous)
        encode_pcm8_4161f3f3_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        encode_pcm8_4161f3f3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void encode_pcm8_4161f3f3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_4161f3f3 *_wp_args,
    wp_args_encode_pcm8_4161f3f3 *_wp_adj_args)
{
    encode_pcm8_4161f3f3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_scale_audio_da049d7f {
    wp::array_t<wp::float32> master_gain;
    wp::array_t<wp::int16> pcm;
};


template <bool wp_linear_contiguous>
static void scale_audio_da049d7f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_audio_da049d7f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scale_audio_da049d7f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.master_gain.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pcm.strides[0] = sizeof(wp::int16);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_master_gain = _wp_args->master_gain;
    wp::array_t<wp::int16> var_pcm = _wp_args->pcm;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int16* var_5;
    wp::int16 var_6;
    wp::int16 var_7;
    wp::int16* var_8;
    wp::float32 var_9;
    wp::int16 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = -32768.0;
    const wp::float32 var_15 = 32767.0;
    wp::float32 var_16;
    wp::int16 var_17;
    //---------
    // forward
    // def scale_audio(master_gain: wp.array[float], pcm: wp.array[wp.int16]):                <L 22>
    // tid = wp.tid()                                                                         <L 23>
    var_0 = builtin_tid1d();
    // gain = master_gain[0]                                                                  <L 24>
    var_2 = wp::address(var_master_gain, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // sample = pcm[tid]                                                                      <L 25>
    var_5 = wp::address(var_pcm, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mixed = float(pcm[tid]) + float(sample) * gain                                         <L 26>
    var_8 = wp::address(var_pcm, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::float(var_10);
    var_11 = wp::float(var_6);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::add(var_9, var_12);
    // pcm[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                                <L 27>
    var_16 = wp::clamp(var_13, var_14, var_15);
    var_17 = wp::int16(var_16);
    wp::array_store(var_pcm, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void scale_audio_da049d7f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_audio_da049d7f *_wp_args,
    wp_args_scale_audio_da049d7f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scale_audio_da049d7f wp_contiguous_args;
    wp_args_scale_audio_da049d7f wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.master_gain.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.master_gain.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pcm.strides[0] = sizeof(wp::int16);
        wp_contiguous_adj_args.pcm.strides[0] = sizeof(wp::int16);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_master_gain = _wp_args->master_gain;
    wp::array_t<wp::int16> var_pcm = _wp_args->pcm;
    wp::array_t<wp::float32> adj_master_gain = _wp_adj_args->master_gain;
    wp::array_t<wp::int16> adj_pcm = _wp_adj_args->pcm;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int16* var_5;
    wp::int16 var_6;
    wp::int16 var_7;
    wp::int16* var_8;
    wp::float32 var_9;
    wp::int16 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = -32768.0;
    const wp::float32 var_15 = 32767.0;
    wp::float32 var_16;
    wp::int16 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int16 adj_5 = {};
    wp::int16 adj_6 = {};
    wp::int16 adj_7 = {};
    wp::int16 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int16 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int16 adj_17 = {};
    //---------
    // forward
    // def scale_audio(master_gain: wp.array[float], pcm: wp.array[wp.int16]):                <L 22>
    // tid = wp.tid()                                                                         <L 23>
    var_0 = builtin_tid1d();
    // gain = master_gain[0]                                                                  <L 24>
    var_2 = wp::address(var_master_gain, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // sample = pcm[tid]                                                                      <L 25>
    var_5 = wp::address(var_pcm, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mixed = float(pcm[tid]) + float(sample) * gain                                         <L 26>
    var_8 = wp::address(var_pcm, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::float(var_10);
    var_11 = wp::float(var_6);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::add(var_9, var_12);
    // pcm[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                                <L 27>
    var_16 = wp::clamp(var_13, var_14, var_15);
    var_17 = wp::int16(var_16);
    // wp::array_store(var_pcm, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_pcm, var_0, var_17, adj_pcm, adj_0, adj_17);
    wp::adj_clamp(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    // adj: pcm[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                           <L 27>
    wp::adj_add(var_9, var_12, adj_9, adj_12, adj_13);
    wp::adj_mul(var_11, var_3, adj_11, adj_3, adj_12);
    wp::adj_float(var_6, adj_6, adj_11);
    wp::adj_float(var_10, adj_8, adj_9);
    wp::adj_address(var_pcm, var_0, adj_pcm, adj_0, adj_8);
    // adj: mixed = float(pcm[tid]) + float(sample) * gain                                    <L 26>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_pcm, var_0, adj_pcm, adj_0, adj_5);
    // adj: sample = pcm[tid]                                                                 <L 25>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_master_gain, var_1, adj_master_gain, adj_1, adj_2);
    // adj: gain = master_gain[0]                                                             <L 24>
    // adj: tid = wp.tid()                                                                    <L 23>
    // adj: def scale_audio(master_gain: wp.array[float], pcm: wp.array[wp.int16]):           <L 22>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scale_audio_da049d7f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_da049d7f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scale_audio_da049d7f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void scale_audio_da049d7f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_da049d7f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->master_gain.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pcm.strides[0] == (int)sizeof(wp::int16)));
    if (wp_linear_contiguous)
        scale_audio_da049d7f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        scale_audio_da049d7f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void scale_audio_da049d7f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_da049d7f *_wp_args)
{
    scale_audio_da049d7f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scale_audio_da049d7f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_da049d7f *_wp_args,
    wp_args_scale_audio_da049d7f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scale_audio_da049d7f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void scale_audio_da049d7f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_da049d7f *_wp_args,
    wp_args_scale_audio_da049d7f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->master_gain.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->master_gain.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pcm.strides[0] == (int)sizeof(wp::int16)) & (_wp_adj_args->pcm.strides[0] == (int)sizeof(wp::int16)));
    if (wp_linear_contiguous)
        scale_audio_da049d7f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        scale_audio_da049d7f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void scale_audio_da049d7f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_da049d7f *_wp_args,
    wp_args_scale_audio_da049d7f *_wp_adj_args)
{
    scale_audio_da049d7f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

