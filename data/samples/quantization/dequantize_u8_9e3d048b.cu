// Warp 1.19.0 cuda code for dequantize_u8_9e3d048b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void dequantize_u8_1ba61bc2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint8> var_pixels_u8,
    wp::array_t<wp::float32> var_decoded)
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
}



extern "C" __global__ void dequantize_u8_1ba61bc2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint8> var_pixels_u8,
    wp::array_t<wp::float32> var_decoded,
    wp::array_t<wp::uint8> adj_pixels_u8,
    wp::array_t<wp::float32> adj_decoded)
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
        continue;
    }
}



extern "C" __global__ void quantize_to_u8_215a117e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_decoded,
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
}



extern "C" __global__ void quantize_to_u8_215a117e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_decoded,
    wp::array_t<wp::uint8> var_pixels_u8,
    wp::array_t<wp::float32> adj_decoded,
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
        continue;
    }
}



extern "C" __global__ void encode_pcm8_4161f3f3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int8> var_labels)
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
}



extern "C" __global__ void encode_pcm8_4161f3f3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int8> var_labels,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::int8> adj_labels)
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
        continue;
    }
}



extern "C" __global__ void scale_audio_da049d7f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_master_gain,
    wp::array_t<wp::int16> var_pcm)
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
}



extern "C" __global__ void scale_audio_da049d7f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_master_gain,
    wp::array_t<wp::int16> var_pcm,
    wp::array_t<wp::float32> adj_master_gain,
    wp::array_t<wp::int16> adj_pcm)
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
        continue;
    }
}

