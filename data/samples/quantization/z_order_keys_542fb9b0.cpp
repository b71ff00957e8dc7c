// Warp 1.19.0 cpu code for z_order_keys_542fb9b0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// z_order_keys.py:4
static wp::int64 spread_bits_0(
    wp::int64 var_v)
{
    //---------
    // primal vars
    wp::int64 var_0;
    wp::int64 var_1;
    wp::int64 var_2;
    wp::int64 var_3;
    wp::int64 var_4;
    wp::int64 var_5;
    wp::int64 var_6;
    wp::int64 var_7;
    wp::int64 var_8;
    wp::int64 var_9;
    wp::int64 var_10;
    wp::int64 var_11;
    wp::int64 var_12;
    wp::int64 var_13;
    wp::int64 var_14;
    wp::int64 var_15;
    wp::int64 var_16;
    wp::int64 var_17;
    wp::int64 var_18;
    wp::int64 var_19;
    wp::int64 var_20;
    wp::int64 var_21;
    wp::int64 var_22;
    wp::int64 var_23;
    wp::int64 var_24;
    wp::int64 var_25;
    wp::int64 var_26;
    //---------
    // forward
    // def spread_bits(v: wp.int64) -> wp.int64:                                              <L 5>
    // x = v & wp.int64(0x1FFFFF)                                                             <L 7>
    var_0 = 2097151ll;
    var_1 = wp::bit_and(var_v, var_0);
    // x = (x | (x << wp.int64(32))) & wp.int64(0x1F00000000FFFF)                             <L 8>
    var_2 = 32ll;
    var_3 = wp::lshift(var_1, var_2);
    var_4 = wp::bit_or(var_1, var_3);
    var_5 = 8725724278095871ll;
    var_6 = wp::bit_and(var_4, var_5);
    // x = (x | (x << wp.int64(16))) & wp.int64(0x1F0000FF0000FF)                             <L 9>
    var_7 = 16ll;
    var_8 = wp::lshift(var_6, var_7);
    var_9 = wp::bit_or(var_6, var_8);
    var_10 = 8725728556220671ll;
    var_11 = wp::bit_and(var_9, var_10);
    // x = (x | (x << wp.int64(8))) & wp.int64(0x100F00F00F00F00F)                            <L 10>
    var_12 = 8ll;
    var_13 = wp::lshift(var_11, var_12);
    var_14 = wp::bit_or(var_11, var_13);
    var_15 = 1157144660301377551ll;
    var_16 = wp::bit_and(var_14, var_15);
    // x = (x | (x << wp.int64(4))) & wp.int64(0x10C30C30C30C30C3)                            <L 11>
    var_17 = 4ll;
    var_18 = wp::lshift(var_16, var_17);
    var_19 = wp::bit_or(var_16, var_18);
    var_20 = 1207822528635744451ll;
    var_21 = wp::bit_and(var_19, var_20);
    // x = (x | (x << wp.int64(2))) & wp.int64(0x1249249249249249)                            <L 12>
    var_22 = 2ll;
    var_23 = wp::lshift(var_21, var_22);
    var_24 = wp::bit_or(var_21, var_23);
    var_25 = 1317624576693539401ll;
    var_26 = wp::bit_and(var_24, var_25);
    // return x                                                                               <L 13>
    return var_26;
}


// z_order_keys.py:4
static void adj_spread_bits_0(
    wp::int64 var_v,
    wp::int64 & adj_v,
    wp::int64 & adj_ret)
{
    //---------
    // primal vars
    wp::int64 var_0;
    wp::int64 var_1;
    wp::int64 var_2;
    wp::int64 var_3;
    wp::int64 var_4;
    wp::int64 var_5;
    wp::int64 var_6;
    wp::int64 var_7;
    wp::int64 var_8;
    wp::int64 var_9;
    wp::int64 var_10;
    wp::int64 var_11;
    wp::int64 var_12;
    wp::int64 var_13;
    wp::int64 var_14;
    wp::int64 var_15;
    wp::int64 var_16;
    wp::int64 var_17;
    wp::int64 var_18;
    wp::int64 var_19;
    wp::int64 var_20;
    wp::int64 var_21;
    wp::int64 var_22;
    wp::int64 var_23;
    wp::int64 var_24;
    wp::int64 var_25;
    wp::int64 var_26;
    //---------
    // dual vars
    wp::int64 adj_0 = {};
    wp::int64 adj_1 = {};
    wp::int64 adj_2 = {};
    wp::int64 adj_3 = {};
    wp::int64 adj_4 = {};
    wp::int64 adj_5 = {};
    wp::int64 adj_6 = {};
    wp::int64 adj_7 = {};
    wp::int64 adj_8 = {};
    wp::int64 adj_9 = {};
    wp::int64 adj_10 = {};
    wp::int64 adj_11 = {};
    wp::int64 adj_12 = {};
    wp::int64 adj_13 = {};
    wp::int64 adj_14 = {};
    wp::int64 adj_15 = {};
    wp::int64 adj_16 = {};
    wp::int64 adj_17 = {};
    wp::int64 adj_18 = {};
    wp::int64 adj_19 = {};
    wp::int64 adj_20 = {};
    wp::int64 adj_21 = {};
    wp::int64 adj_22 = {};
    wp::int64 adj_23 = {};
    wp::int64 adj_24 = {};
    wp::int64 adj_25 = {};
    wp::int64 adj_26 = {};
    //---------
    // forward
    // def spread_bits(v: wp.int64) -> wp.int64:                                              <L 5>
    // x = v & wp.int64(0x1FFFFF)                                                             <L 7>
    var_0 = 2097151ll;
    var_1 = wp::bit_and(var_v, var_0);
    // x = (x | (x << wp.int64(32))) & wp.int64(0x1F00000000FFFF)                             <L 8>
    var_2 = 32ll;
    var_3 = wp::lshift(var_1, var_2);
    var_4 = wp::bit_or(var_1, var_3);
    var_5 = 8725724278095871ll;
    var_6 = wp::bit_and(var_4, var_5);
    // x = (x | (x << wp.int64(16))) & wp.int64(0x1F0000FF0000FF)                             <L 9>
    var_7 = 16ll;
    var_8 = wp::lshift(var_6, var_7);
    var_9 = wp::bit_or(var_6, var_8);
    var_10 = 8725728556220671ll;
    var_11 = wp::bit_and(var_9, var_10);
    // x = (x | (x << wp.int64(8))) & wp.int64(0x100F00F00F00F00F)                            <L 10>
    var_12 = 8ll;
    var_13 = wp::lshift(var_11, var_12);
    var_14 = wp::bit_or(var_11, var_13);
    var_15 = 1157144660301377551ll;
    var_16 = wp::bit_and(var_14, var_15);
    // x = (x | (x << wp.int64(4))) & wp.int64(0x10C30C30C30C30C3)                            <L 11>
    var_17 = 4ll;
    var_18 = wp::lshift(var_16, var_17);
    var_19 = wp::bit_or(var_16, var_18);
    var_20 = 1207822528635744451ll;
    var_21 = wp::bit_and(var_19, var_20);
    // x = (x | (x << wp.int64(2))) & wp.int64(0x1249249249249249)                            <L 12>
    var_22 = 2ll;
    var_23 = wp::lshift(var_21, var_22);
    var_24 = wp::bit_or(var_21, var_23);
    var_25 = 1317624576693539401ll;
    var_26 = wp::bit_and(var_24, var_25);
    // return x                                                                               <L 13>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_26 += adj_ret;
    // adj: return x                                                                          <L 13>
    // adj: x = (x | (x << wp.int64(2))) & wp.int64(0x1249249249249249)                       <L 12>
    // adj: x = (x | (x << wp.int64(4))) & wp.int64(0x10C30C30C30C30C3)                       <L 11>
    // adj: x = (x | (x << wp.int64(8))) & wp.int64(0x100F00F00F00F00F)                       <L 10>
    // adj: x = (x | (x << wp.int64(16))) & wp.int64(0x1F0000FF0000FF)                        <L 9>
    // adj: x = (x | (x << wp.int64(32))) & wp.int64(0x1F00000000FFFF)                        <L 8>
    // adj: x = v & wp.int64(0x1FFFFF)                                                        <L 7>
    // adj: def spread_bits(v: wp.int64) -> wp.int64:                                         <L 5>
    return;
}

struct wp_args_scale_audio_288e4d53 {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::int16> audio;
    wp::array_t<wp::int16> samples_out;
};


template <bool wp_linear_contiguous>
static void scale_audio_288e4d53_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_audio_288e4d53 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scale_audio_288e4d53 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.audio.strides[0] = sizeof(wp::int16);
        wp_contiguous_args.samples_out.strides[0] = sizeof(wp::int16);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::int16> var_audio = _wp_args->audio;
    wp::array_t<wp::int16> var_samples_out = _wp_args->samples_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::int16* var_5;
    wp::int16 var_6;
    wp::int16 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.707;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = -32768.0;
    const wp::float32 var_13 = 32767.0;
    wp::float32 var_14;
    wp::int16 var_15;
    //---------
    // forward
    // def scale_audio(                                                                       <L 53>
    // tid = wp.tid()                                                                         <L 58>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 59>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 60>
        return;
    }
    // sample = audio[tid]                                                                    <L 61>
    var_5 = wp::address(var_audio, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // y = float(sample) * 0.707                                                              <L 62>
    var_8 = wp::float(var_6);
    var_10 = wp::mul(var_8, var_9);
    // samples_out[tid] = wp.int16(wp.clamp(wp.rint(y), -32768.0, 32767.0))                   <L 63>
    var_11 = wp::rint(var_10);
    var_14 = wp::clamp(var_11, var_12, var_13);
    var_15 = wp::int16(var_14);
    wp::array_store(var_samples_out, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void scale_audio_288e4d53_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_audio_288e4d53 *_wp_args,
    wp_args_scale_audio_288e4d53 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scale_audio_288e4d53 wp_contiguous_args;
    wp_args_scale_audio_288e4d53 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.audio.strides[0] = sizeof(wp::int16);
        wp_contiguous_adj_args.audio.strides[0] = sizeof(wp::int16);
        wp_contiguous_args.samples_out.strides[0] = sizeof(wp::int16);
        wp_contiguous_adj_args.samples_out.strides[0] = sizeof(wp::int16);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::int16> var_audio = _wp_args->audio;
    wp::array_t<wp::int16> var_samples_out = _wp_args->samples_out;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::int16> adj_audio = _wp_adj_args->audio;
    wp::array_t<wp::int16> adj_samples_out = _wp_adj_args->samples_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::int16* var_5;
    wp::int16 var_6;
    wp::int16 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.707;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = -32768.0;
    const wp::float32 var_13 = 32767.0;
    wp::float32 var_14;
    wp::int16 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int16 adj_5 = {};
    wp::int16 adj_6 = {};
    wp::int16 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int16 adj_15 = {};
    //---------
    // forward
    // def scale_audio(                                                                       <L 53>
    // tid = wp.tid()                                                                         <L 58>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 59>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 60>
        goto label0;
    }
    // sample = audio[tid]                                                                    <L 61>
    var_5 = wp::address(var_audio, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // y = float(sample) * 0.707                                                              <L 62>
    var_8 = wp::float(var_6);
    var_10 = wp::mul(var_8, var_9);
    // samples_out[tid] = wp.int16(wp.clamp(wp.rint(y), -32768.0, 32767.0))                   <L 63>
    var_11 = wp::rint(var_10);
    var_14 = wp::clamp(var_11, var_12, var_13);
    var_15 = wp::int16(var_14);
    // wp::array_store(var_samples_out, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_samples_out, var_0, var_15, adj_samples_out, adj_0, adj_15);
    wp::adj_clamp(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    // adj: samples_out[tid] = wp.int16(wp.clamp(wp.rint(y), -32768.0, 32767.0))              <L 63>
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_float(var_6, adj_6, adj_8);
    // adj: y = float(sample) * 0.707                                                         <L 62>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_audio, var_0, adj_audio, adj_0, adj_5);
    // adj: sample = audio[tid]                                                               <L 61>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 60>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] != 1:                                                              <L 59>
    // adj: tid = wp.tid()                                                                    <L 58>
    // adj: def scale_audio(                                                                  <L 53>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scale_audio_288e4d53_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_288e4d53 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scale_audio_288e4d53_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void scale_audio_288e4d53_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_288e4d53 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->audio.strides[0] == (int)sizeof(wp::int16)) & (_wp_args->samples_out.strides[0] == (int)sizeof(wp::int16)));
    if (wp_linear_contiguous)
        scale_audio_288e4d53_cpu_forward_tasks<true>(dim, _wp_args);
    else
        scale_audio_288e4d53_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void scale_audio_288e4d53_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_288e4d53 *_wp_args)
{
    scale_audio_288e4d53_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scale_audio_288e4d53_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_288e4d53 *_wp_args,
    wp_args_scale_audio_288e4d53 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scale_audio_288e4d53_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void scale_audio_288e4d53_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_288e4d53 *_wp_args,
    wp_args_scale_audio_288e4d53 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->audio.strides[0] == (int)sizeof(wp::int16)) & (_wp_adj_args->audio.strides[0] == (int)sizeof(wp::int16)) & (_wp_args->samples_out.strides[0] == (int)sizeof(wp::int16)) & (_wp_adj_args->samples_out.strides[0] == (int)sizeof(wp::int16)));
    if (wp_linear_contiguous)
        scale_audio_288e4d53_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        scale_audio_288e4d53_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void scale_audio_288e4d53_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_288e4d53 *_wp_args,
    wp_args_scale_audio_288e4d53 *_wp_adj_args)
{
    scale_audio_288e4d53_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_encode_pcm8_78e3a077 {
    wp::array_t<wp::float32> samples;
    wp::array_t<wp::int8> signs;
};


template <bool wp_linear_contiguous>
static void encode_pcm8_78e3a077_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_encode_pcm8_78e3a077 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_encode_pcm8_78e3a077 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.samples.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.signs.strides[0] = sizeof(wp::int8);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::array_t<wp::int8> var_signs = _wp_args->signs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 127.0;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = -127.0;
    const wp::float32 var_14 = 127.0;
    wp::float32 var_15;
    wp::int8 var_16;
    //---------
    // forward
    // def encode_pcm8(samples: wp.array[float], signs: wp.array[wp.int8]):                   <L 45>
    // tid = wp.tid()                                                                         <L 46>
    var_0 = builtin_tid1d();
    // a = wp.min(wp.abs(samples[tid]), 1.0)                                                  <L 47>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    var_5 = wp::min(var_2, var_4);
    // y = wp.copysign(wp.sqrt(a), samples[tid])                                              <L 48>
    var_6 = wp::sqrt(var_5);
    var_7 = wp::address(var_samples, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copysign(var_6, var_9);
    // signs[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                      <L 49>
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::rint(var_11);
    var_15 = wp::clamp(var_12, var_13, var_14);
    var_16 = wp::int8(var_15);
    wp::array_store(var_signs, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void encode_pcm8_78e3a077_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_encode_pcm8_78e3a077 *_wp_args,
    wp_args_encode_pcm8_78e3a077 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_encode_pcm8_78e3a077 wp_contiguous_args;
    wp_args_encode_pcm8_78e3a077 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.samples.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.signs.strides[0] = sizeof(wp::int8);
        wp_contiguous_adj_args.signs.strides[0] = sizeof(wp::int8);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::array_t<wp::int8> var_signs = _wp_args->signs;
    wp::array_t<wp::float32> adj_samples = _wp_adj_args->samples;
    wp::array_t<wp::int8> adj_signs = _wp_adj_args->signs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 127.0;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = -127.0;
    const wp::float32 var_14 = 127.0;
    wp::float32 var_15;
    wp::int8 var_16;
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
    wp::int8 adj_16 = {};
    //---------
    // forward
    // def encode_pcm8(samples: wp.array[float], signs: wp.array[wp.int8]):                   <L 45>
    // tid = wp.tid()                                                                         <L 46>
    var_0 = builtin_tid1d();
    // a = wp.min(wp.abs(samples[tid]), 1.0)                                                  <L 47>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    var_5 = wp::min(var_2, var_4);
    // y = wp.copysign(wp.sqrt(a), samples[tid])                                              <L 48>
    var_6 = wp::sqrt(var_5);
    var_7 = wp::address(var_samples, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copysign(var_6, var_9);
    // signs[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                      <L 49>
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::rint(var_11);
    var_15 = wp::clamp(var_12, var_13, var_14);
    var_16 = wp::int8(var_15);
    // wp::array_store(var_signs, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_signs, var_0, var_16, adj_signs, adj_0, adj_16);
    wp::adj_clamp(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
    // adj: signs[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                 <L 49>
    wp::adj_copysign(var_6, var_9, adj_6, adj_7, adj_8);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_7);
    wp::adj_sqrt(var_5, var_6, adj_5, adj_6);
    // adj: y = wp.copysign(wp.sqrt(a), samples[tid])                                         <L 48>
    wp::adj_min(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_abs(var_3, adj_1, adj_2);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
    // adj: a = wp.min(wp.abs(samples[tid]), 1.0)                                             <L 47>
    // adj: tid = wp.tid()                                                                    <L 46>
    // adj: def encode_pcm8(samples: wp.array[float], signs: wp.array[wp.int8]):              <L 45>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void encode_pcm8_78e3a077_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_78e3a077 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        encode_pcm8_78e3a077_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void encode_pcm8_78e3a077_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_78e3a077 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->samples.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->signs.strides[0] == (int)sizeof(wp::int8)));
    if (wp_linear_contiguous)
        encode_pcm8_78e3a077_cpu_forward_tasks<true>(dim, _wp_args);
    else
        encode_pcm8_78e3a077_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void encode_pcm8_78e3a077_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_78e3a077 *_wp_args)
{
    encode_pcm8_78e3a077_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void encode_pcm8_78e3a077_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_78e3a077 *_wp_args,
    wp_args_encode_pcm8_78e3a077 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        encode_pcm8_78e3a077_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void encode_pcm8_78e3a077_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_78e3a077 *_wp_args,
    wp_args_encode_pcm8_78e3a077 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->samples.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->signs.strides[0] == (int)sizeof(wp::int8)) & (_wp_adj_args->signs.strides[0] == (int)sizeof(wp::int8)));
    if (wp_linear_contiguous)
        encode_pcm8_78e3a077_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        encode_pcm8_78e3a077_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void encode_pcm8_78e3a077_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_encode_pcm8_78e3a077 *_wp_args,
    wp_args_encode_pcm8_78e3a077 *_wp_adj_args)
{
    encode_pcm8_78e3a077_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_z_order_keys_b1c787ad {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::vec_t<3, wp::float32> bounds_min;
    wp::float32 cell_size;
    wp::array_t<wp::int64> sort_keys;
};


template <bool wp_linear_contiguous>
static void z_order_keys_b1c787ad_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_z_order_keys_b1c787ad *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_z_order_keys_b1c787ad wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.sort_keys.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_bounds_min = _wp_args->bounds_min;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::int64> var_sort_keys = _wp_args->sort_keys;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::vec_t<3, wp::int32> var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    wp::vec_t<3, wp::int32> var_27;
    wp::vec_t<3, wp::int32> var_28;
    const wp::int32 var_29 = 0;
    wp::int32 var_30;
    wp::int64 var_31;
    wp::int64 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::int64 var_35;
    wp::int64 var_36;
    wp::int64 var_37;
    wp::int64 var_38;
    wp::int64 var_39;
    const wp::int32 var_40 = 2;
    wp::int32 var_41;
    wp::int64 var_42;
    wp::int64 var_43;
    wp::int64 var_44;
    wp::int64 var_45;
    wp::int64 var_46;
    //---------
    // forward
    // def z_order_keys(                                                                      <L 17>
    // tid = wp.tid()                                                                         <L 24>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 25>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 26>
        return;
    }
    // inv_h = 1.0 / cell_size                                                                <L 27>
    var_6 = wp::div(var_5, var_cell_size);
    // local = (positions[tid] - bounds_min) * inv_h                                          <L 28>
    var_7 = wp::address(var_positions, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::sub(var_9, var_bounds_min);
    var_10 = wp::mul(var_8, var_6);
    // cell = wp.vec3i(int(wp.floor(local[0])), int(wp.floor(local[1])), int(wp.floor(local[2])))       <L 29>
    var_12 = wp::extract(var_10, var_11);
    var_13 = wp::floor(var_12);
    var_14 = wp::int(var_13);
    var_16 = wp::extract(var_10, var_15);
    var_17 = wp::floor(var_16);
    var_18 = wp::int(var_17);
    var_20 = wp::extract(var_10, var_19);
    var_21 = wp::floor(var_20);
    var_22 = wp::int(var_21);
    var_23 = wp::vec_t<3, wp::int32>(var_14, var_18, var_22);
    // cell = wp.max(cell, wp.vec3i(0, 0, 0))                                                 <L 30>
    var_27 = wp::vec_t<3, wp::int32>(var_24, var_25, var_26);
    var_28 = wp::max(var_23, var_27);
    // sort_keys[tid] = spread_bits(wp.int64(cell[0])) | (spread_bits(wp.int64(cell[1])) << wp.int64(1)) | (spread_bits(wp.int64(cell[2])) << wp.int64(2))       <L 31>
    var_30 = wp::extract(var_28, var_29);
    var_31 = wp::int64(var_30);
    var_32 = spread_bits_0(var_31);
    var_34 = wp::extract(var_28, var_33);
    var_35 = wp::int64(var_34);
    var_36 = spread_bits_0(var_35);
    var_37 = 1ll;
    var_38 = wp::lshift(var_36, var_37);
    var_39 = wp::bit_or(var_32, var_38);
    var_41 = wp::extract(var_28, var_40);
    var_42 = wp::int64(var_41);
    var_43 = spread_bits_0(var_42);
    var_44 = 2ll;
    var_45 = wp::lshift(var_43, var_44);
    var_46 = wp::bit_or(var_39, var_45);
    wp::array_store(var_sort_keys, var_0, var_46);
}



template <bool wp_linear_contiguous>
static void z_order_keys_b1c787ad_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_z_order_keys_b1c787ad *_wp_args,
    wp_args_z_order_keys_b1c787ad *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_z_order_keys_b1c787ad wp_contiguous_args;
    wp_args_z_order_keys_b1c787ad wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.sort_keys.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.sort_keys.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_bounds_min = _wp_args->bounds_min;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::int64> var_sort_keys = _wp_args->sort_keys;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::vec_t<3, wp::float32> adj_bounds_min = _wp_adj_args->bounds_min;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    wp::array_t<wp::int64> adj_sort_keys = _wp_adj_args->sort_keys;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::vec_t<3, wp::int32> var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    wp::vec_t<3, wp::int32> var_27;
    wp::vec_t<3, wp::int32> var_28;
    const wp::int32 var_29 = 0;
    wp::int32 var_30;
    wp::int64 var_31;
    wp::int64 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::int64 var_35;
    wp::int64 var_36;
    wp::int64 var_37;
    wp::int64 var_38;
    wp::int64 var_39;
    const wp::int32 var_40 = 2;
    wp::int32 var_41;
    wp::int64 var_42;
    wp::int64 var_43;
    wp::int64 var_44;
    wp::int64 var_45;
    wp::int64 var_46;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::int32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::int32> adj_27 = {};
    wp::vec_t<3, wp::int32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int64 adj_31 = {};
    wp::int64 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int64 adj_35 = {};
    wp::int64 adj_36 = {};
    wp::int64 adj_37 = {};
    wp::int64 adj_38 = {};
    wp::int64 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int64 adj_42 = {};
    wp::int64 adj_43 = {};
    wp::int64 adj_44 = {};
    wp::int64 adj_45 = {};
    wp::int64 adj_46 = {};
    //---------
    // forward
    // def z_order_keys(                                                                      <L 17>
    // tid = wp.tid()                                                                         <L 24>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 25>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 26>
        goto label0;
    }
    // inv_h = 1.0 / cell_size                                                                <L 27>
    var_6 = wp::div(var_5, var_cell_size);
    // local = (positions[tid] - bounds_min) * inv_h                                          <L 28>
    var_7 = wp::address(var_positions, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::sub(var_9, var_bounds_min);
    var_10 = wp::mul(var_8, var_6);
    // cell = wp.vec3i(int(wp.floor(local[0])), int(wp.floor(local[1])), int(wp.floor(local[2])))       <L 29>
    var_12 = wp::extract(var_10, var_11);
    var_13 = wp::floor(var_12);
    var_14 = wp::int(var_13);
    var_16 = wp::extract(var_10, var_15);
    var_17 = wp::floor(var_16);
    var_18 = wp::int(var_17);
    var_20 = wp::extract(var_10, var_19);
    var_21 = wp::floor(var_20);
    var_22 = wp::int(var_21);
    var_23 = wp::vec_t<3, wp::int32>(var_14, var_18, var_22);
    // cell = wp.max(cell, wp.vec3i(0, 0, 0))                                                 <L 30>
    var_27 = wp::vec_t<3, wp::int32>(var_24, var_25, var_26);
    var_28 = wp::max(var_23, var_27);
    // sort_keys[tid] = spread_bits(wp.int64(cell[0])) | (spread_bits(wp.int64(cell[1])) << wp.int64(1)) | (spread_bits(wp.int64(cell[2])) << wp.int64(2))       <L 31>
    var_30 = wp::extract(var_28, var_29);
    var_31 = wp::int64(var_30);
    var_32 = spread_bits_0(var_31);
    var_34 = wp::extract(var_28, var_33);
    var_35 = wp::int64(var_34);
    var_36 = spread_bits_0(var_35);
    var_37 = 1ll;
    var_38 = wp::lshift(var_36, var_37);
    var_39 = wp::bit_or(var_32, var_38);
    var_41 = wp::extract(var_28, var_40);
    var_42 = wp::int64(var_41);
    var_43 = spread_bits_0(var_42);
    var_44 = 2ll;
    var_45 = wp::lshift(var_43, var_44);
    var_46 = wp::bit_or(var_39, var_45);
    // wp::array_store(var_sort_keys, var_0, var_46);
    //---------
    // reverse
    wp::adj_array_store(var_sort_keys, var_0, var_46, adj_sort_keys, adj_0, adj_46);
    adj_spread_bits_0(var_42, adj_42, adj_43);
    wp::adj_extract(var_28, var_40, adj_28, adj_40, adj_41);
    adj_spread_bits_0(var_35, adj_35, adj_36);
    wp::adj_extract(var_28, var_33, adj_28, adj_33, adj_34);
    adj_spread_bits_0(var_31, adj_31, adj_32);
    wp::adj_extract(var_28, var_29, adj_28, adj_29, adj_30);
    // adj: sort_keys[tid] = spread_bits(wp.int64(cell[0])) | (spread_bits(wp.int64(cell[1])) << wp.int64(1)) | (spread_bits(wp.int64(cell[2])) << wp.int64(2))  <L 31>
    wp::adj_max(var_23, var_27, adj_23, adj_27, adj_28);
    wp::adj_vec_t(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
    // adj: cell = wp.max(cell, wp.vec3i(0, 0, 0))                                            <L 30>
    wp::adj_vec_t(var_14, var_18, var_22, adj_14, adj_18, adj_22, adj_23);
    wp::adj_extract(var_10, var_19, adj_10, adj_19, adj_20);
    wp::adj_extract(var_10, var_15, adj_10, adj_15, adj_16);
    wp::adj_extract(var_10, var_11, adj_10, adj_11, adj_12);
    // adj: cell = wp.vec3i(int(wp.floor(local[0])), int(wp.floor(local[1])), int(wp.floor(local[2])))  <L 29>
    wp::adj_mul(var_8, var_6, adj_8, adj_6, adj_10);
    wp::adj_sub(var_9, var_bounds_min, adj_7, adj_bounds_min, adj_8);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_7);
    // adj: local = (positions[tid] - bounds_min) * inv_h                                     <L 28>
    wp::adj_div(var_5, var_cell_size, var_6, adj_5, adj_cell_size, adj_6);
    // adj: inv_h = 1.0 / cell_size                                                           <L 27>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 26>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] != 1:                                                              <L 25>
    // adj: tid = wp.tid()                                                                    <L 24>
    // adj: def z_order_keys(                                                                 <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void z_order_keys_b1c787ad_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_b1c787ad *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        z_order_keys_b1c787ad_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void z_order_keys_b1c787ad_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_b1c787ad *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->sort_keys.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        z_order_keys_b1c787ad_cpu_forward_tasks<true>(dim, _wp_args);
    else
        z_order_keys_b1c787ad_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void z_order_keys_b1c787ad_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_b1c787ad *_wp_args)
{
    z_order_keys_b1c787ad_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void z_order_keys_b1c787ad_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_b1c787ad *_wp_args,
    wp_args_z_order_keys_b1c787ad *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        z_order_keys_b1c787ad_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void z_order_keys_b1c787ad_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_b1c787ad *_wp_args,
    wp_args_z_order_keys_b1c787ad *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->sort_keys.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->sort_keys.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        z_order_keys_b1c787ad_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        z_order_keys_b1c787ad_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void z_order_keys_b1c787ad_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_b1c787ad *_wp_args,
    wp_args_z_order_keys_b1c787ad *_wp_adj_args)
{
    z_order_keys_b1c787ad_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_quantize_to_u8_b4290660 {
    wp::array_t<wp::float32> image;
    wp::array_t<wp::uint8> pixels_u8;
};


template <bool wp_linear_contiguous>
static void quantize_to_u8_b4290660_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quantize_to_u8_b4290660 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_quantize_to_u8_b4290660 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.image.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::uint8> var_pixels_u8 = _wp_args->pixels_u8;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 7;
    wp::int32 var_2;
    const wp::int32 var_3 = 16;
    wp::int32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 16.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::float32* var_10;
    const wp::float32 var_11 = 255.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 255.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::uint8 var_19;
    //---------
    // forward
    // def quantize_to_u8(image: wp.array[float], pixels_u8: wp.array[wp.uint8]):             <L 35>
    // tid = wp.tid()                                                                         <L 36>
    var_0 = builtin_tid1d();
    // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 39>
    var_2 = wp::mul(var_0, var_1);
    var_4 = wp::mod(var_2, var_3);
    var_5 = wp::float(var_4);
    var_7 = wp::div(var_5, var_6);
    var_9 = wp::sub(var_7, var_8);
    // x = wp.clamp(image[tid] * 255.0 + threshold, 0.0, 255.0)                               <L 40>
    var_10 = wp::address(var_image, var_0);
    var_13 = wp::load(var_10);
    var_12 = wp::mul(var_13, var_11);
    var_14 = wp::add(var_12, var_9);
    var_17 = wp::clamp(var_14, var_15, var_16);
    // pixels_u8[tid] = wp.uint8(wp.rint(x))                                                  <L 41>
    var_18 = wp::rint(var_17);
    var_19 = wp::uint8(var_18);
    wp::array_store(var_pixels_u8, var_0, var_19);
}



template <bool wp_linear_contiguous>
static void quantize_to_u8_b4290660_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quantize_to_u8_b4290660 *_wp_args,
    wp_args_quantize_to_u8_b4290660 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_quantize_to_u8_b4290660 wp_contiguous_args;
    wp_args_quantize_to_u8_b4290660 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.image.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.image.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        wp_contiguous_adj_args.pixels_u8.strides[0] = sizeof(wp::uint8);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::uint8> var_pixels_u8 = _wp_args->pixels_u8;
    wp::array_t<wp::float32> adj_image = _wp_adj_args->image;
    wp::array_t<wp::uint8> adj_pixels_u8 = _wp_adj_args->pixels_u8;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 7;
    wp::int32 var_2;
    const wp::int32 var_3 = 16;
    wp::int32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 16.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::float32* var_10;
    const wp::float32 var_11 = 255.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 255.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::uint8 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
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
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::uint8 adj_19 = {};
    //---------
    // forward
    // def quantize_to_u8(image: wp.array[float], pixels_u8: wp.array[wp.uint8]):             <L 35>
    // tid = wp.tid()                                                                         <L 36>
    var_0 = builtin_tid1d();
    // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 39>
    var_2 = wp::mul(var_0, var_1);
    var_4 = wp::mod(var_2, var_3);
    var_5 = wp::float(var_4);
    var_7 = wp::div(var_5, var_6);
    var_9 = wp::sub(var_7, var_8);
    // x = wp.clamp(image[tid] * 255.0 + threshold, 0.0, 255.0)                               <L 40>
    var_10 = wp::address(var_image, var_0);
    var_13 = wp::load(var_10);
    var_12 = wp::mul(var_13, var_11);
    var_14 = wp::add(var_12, var_9);
    var_17 = wp::clamp(var_14, var_15, var_16);
    // pixels_u8[tid] = wp.uint8(wp.rint(x))                                                  <L 41>
    var_18 = wp::rint(var_17);
    var_19 = wp::uint8(var_18);
    // wp::array_store(var_pixels_u8, var_0, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_pixels_u8, var_0, var_19, adj_pixels_u8, adj_0, adj_19);
    // adj: pixels_u8[tid] = wp.uint8(wp.rint(x))                                             <L 41>
    wp::adj_clamp(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    wp::adj_add(var_12, var_9, adj_12, adj_9, adj_14);
    wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
    wp::adj_address(var_image, var_0, adj_image, adj_0, adj_10);
    // adj: x = wp.clamp(image[tid] * 255.0 + threshold, 0.0, 255.0)                          <L 40>
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_div(var_5, var_6, var_7, adj_5, adj_6, adj_7);
    wp::adj_float(var_4, adj_4, adj_5);
    wp::adj_mod(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: threshold = float((tid * 7) % 16) / 16.0 - 0.5                                    <L 39>
    // adj: tid = wp.tid()                                                                    <L 36>
    // adj: def quantize_to_u8(image: wp.array[float], pixels_u8: wp.array[wp.uint8]):        <L 35>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void quantize_to_u8_b4290660_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_b4290660 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_to_u8_b4290660_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void quantize_to_u8_b4290660_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_b4290660 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->image.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)));
    if (wp_linear_contiguous)
        quantize_to_u8_b4290660_cpu_forward_tasks<true>(dim, _wp_args);
    else
        quantize_to_u8_b4290660_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void quantize_to_u8_b4290660_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_b4290660 *_wp_args)
{
    quantize_to_u8_b4290660_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void quantize_to_u8_b4290660_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_b4290660 *_wp_args,
    wp_args_quantize_to_u8_b4290660 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_to_u8_b4290660_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void quantize_to_u8_b4290660_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_b4290660 *_wp_args,
    wp_args_quantize_to_u8_b4290660 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->image.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->image.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)) & (_wp_adj_args->pixels_u8.strides[0] == (int)sizeof(wp::uint8)));
    if (wp_linear_contiguous)
        quantize_to_u8_b4290660_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        quantize_to_u8_b4290660_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void quantize_to_u8_b4290660_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_u8_b4290660 *_wp_args,
    wp_args_quantize_to_u8_b4290660 *_wp_adj_args)
{
    quantize_to_u8_b4290660_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

