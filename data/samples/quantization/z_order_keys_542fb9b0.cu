// Warp 1.19.0 cuda code for z_order_keys_542fb9b0.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// z_order_keys.py:4
static CUDA_CALLABLE wp::int64 spread_bits_0(
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
static CUDA_CALLABLE void adj_spread_bits_0(
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



extern "C" __global__ void scale_audio_288e4d53_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::int16> var_audio,
    wp::array_t<wp::int16> var_samples_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
            continue;
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
}



extern "C" __global__ void scale_audio_288e4d53_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::int16> var_audio,
    wp::array_t<wp::int16> var_samples_out,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::int16> adj_audio,
    wp::array_t<wp::int16> adj_samples_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        continue;
    }
}



extern "C" __global__ void encode_pcm8_78e3a077_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_samples,
    wp::array_t<wp::int8> var_signs)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
}



extern "C" __global__ void encode_pcm8_78e3a077_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_samples,
    wp::array_t<wp::int8> var_signs,
    wp::array_t<wp::float32> adj_samples,
    wp::array_t<wp::int8> adj_signs)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        continue;
    }
}



extern "C" __global__ void z_order_keys_b1c787ad_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_bounds_min,
    wp::float32 var_cell_size,
    wp::array_t<wp::int64> var_sort_keys)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
            continue;
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
}



extern "C" __global__ void z_order_keys_b1c787ad_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_bounds_min,
    wp::float32 var_cell_size,
    wp::array_t<wp::int64> var_sort_keys,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::vec_t<3, wp::float32> adj_bounds_min,
    wp::float32 adj_cell_size,
    wp::array_t<wp::int64> adj_sort_keys)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        continue;
    }
}



extern "C" __global__ void quantize_to_u8_b4290660_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::uint8> var_pixels_u8)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
}



extern "C" __global__ void quantize_to_u8_b4290660_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::uint8> var_pixels_u8,
    wp::array_t<wp::float32> adj_image,
    wp::array_t<wp::uint8> adj_pixels_u8)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        continue;
    }
}

