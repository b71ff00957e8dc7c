// Warp 1.19.0 cuda code for mix_pcm_211a6ecf.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void encode_pcm8_560de15d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int8> var_side)
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
        // def encode_pcm8(x: wp.array(dtype=float), side: wp.array(dtype=wp.int8)):              <L 16>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // a = wp.min(wp.abs(x[tid]), 1.0)                                                        <L 18>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::abs(var_3);
        var_5 = wp::min(var_2, var_4);
        // y = wp.copysign(wp.sqrt(a), x[tid])                                                    <L 19>
        var_6 = wp::sqrt(var_5);
        var_7 = wp::address(var_x, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copysign(var_6, var_9);
        // side[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                       <L 20>
        var_11 = wp::mul(var_8, var_10);
        var_12 = wp::rint(var_11);
        var_15 = wp::clamp(var_12, var_13, var_14);
        var_16 = wp::int8(var_15);
        wp::array_store(var_side, var_0, var_16);
    }
}



extern "C" __global__ void encode_pcm8_560de15d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int8> var_side,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::int8> adj_side)
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
        // def encode_pcm8(x: wp.array(dtype=float), side: wp.array(dtype=wp.int8)):              <L 16>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // a = wp.min(wp.abs(x[tid]), 1.0)                                                        <L 18>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::abs(var_3);
        var_5 = wp::min(var_2, var_4);
        // y = wp.copysign(wp.sqrt(a), x[tid])                                                    <L 19>
        var_6 = wp::sqrt(var_5);
        var_7 = wp::address(var_x, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copysign(var_6, var_9);
        // side[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                       <L 20>
        var_11 = wp::mul(var_8, var_10);
        var_12 = wp::rint(var_11);
        var_15 = wp::clamp(var_12, var_13, var_14);
        var_16 = wp::int8(var_15);
        // wp::array_store(var_side, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_side, var_0, var_16, adj_side, adj_0, adj_16);
        wp::adj_clamp(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
        wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: side[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                  <L 20>
        wp::adj_copysign(var_6, var_9, adj_6, adj_7, adj_8);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_7);
        wp::adj_sqrt(var_5, var_6, adj_5, adj_6);
        // adj: y = wp.copysign(wp.sqrt(a), x[tid])                                               <L 19>
        wp::adj_min(var_2, var_4, adj_2, adj_4, adj_5);
        wp::adj_abs(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: a = wp.min(wp.abs(x[tid]), 1.0)                                                   <L 18>
        // adj: tid = wp.tid()                                                                    <L 17>
        // adj: def encode_pcm8(x: wp.array(dtype=float), side: wp.array(dtype=wp.int8)):         <L 16>
        continue;
    }
}



extern "C" __global__ void mix_pcm_5a4c45e5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_envelope,
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
        wp::int16* var_1;
        wp::int16 var_2;
        wp::int16 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 32768.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 32767.0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = -32768.0;
        const wp::float32 var_16 = 32767.0;
        wp::float32 var_17;
        wp::int16 var_18;
        //---------
        // forward
        // def mix_pcm(envelope: wp.array(dtype=float), pcm: wp.array(dtype=wp.int16)):           <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // s = pcm[tid]                                                                           <L 8>
        var_1 = wp::address(var_pcm, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gain = envelope[tid]                                                                   <L 9>
        var_4 = wp::address(var_envelope, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // x = float(s) / 32768.0 * gain                                                          <L 10>
        var_7 = wp::float(var_2);
        var_9 = wp::div(var_7, var_8);
        var_10 = wp::mul(var_9, var_5);
        // pcm[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))       <L 12>
        var_11 = wp::tanh(var_10);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::round(var_13);
        var_17 = wp::clamp(var_14, var_15, var_16);
        var_18 = wp::int16(var_17);
        wp::array_store(var_pcm, var_0, var_18);
    }
}



extern "C" __global__ void mix_pcm_5a4c45e5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_envelope,
    wp::array_t<wp::int16> var_pcm,
    wp::array_t<wp::float32> adj_envelope,
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
        wp::int16* var_1;
        wp::int16 var_2;
        wp::int16 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 32768.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 32767.0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = -32768.0;
        const wp::float32 var_16 = 32767.0;
        wp::float32 var_17;
        wp::int16 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int16 adj_1 = {};
        wp::int16 adj_2 = {};
        wp::int16 adj_3 = {};
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
        wp::int16 adj_18 = {};
        //---------
        // forward
        // def mix_pcm(envelope: wp.array(dtype=float), pcm: wp.array(dtype=wp.int16)):           <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // s = pcm[tid]                                                                           <L 8>
        var_1 = wp::address(var_pcm, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gain = envelope[tid]                                                                   <L 9>
        var_4 = wp::address(var_envelope, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // x = float(s) / 32768.0 * gain                                                          <L 10>
        var_7 = wp::float(var_2);
        var_9 = wp::div(var_7, var_8);
        var_10 = wp::mul(var_9, var_5);
        // pcm[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))       <L 12>
        var_11 = wp::tanh(var_10);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::round(var_13);
        var_17 = wp::clamp(var_14, var_15, var_16);
        var_18 = wp::int16(var_17);
        // wp::array_store(var_pcm, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_pcm, var_0, var_18, adj_pcm, adj_0, adj_18);
        wp::adj_clamp(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_tanh(var_10, var_11, adj_10, adj_11);
        // adj: pcm[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))  <L 12>
        wp::adj_mul(var_9, var_5, adj_9, adj_5, adj_10);
        wp::adj_div(var_7, var_8, var_9, adj_7, adj_8, adj_9);
        wp::adj_float(var_2, adj_2, adj_7);
        // adj: x = float(s) / 32768.0 * gain                                                     <L 10>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_envelope, var_0, adj_envelope, adj_0, adj_4);
        // adj: gain = envelope[tid]                                                              <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_pcm, var_0, adj_pcm, adj_0, adj_1);
        // adj: s = pcm[tid]                                                                      <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def mix_pcm(envelope: wp.array(dtype=float), pcm: wp.array(dtype=wp.int16)):      <L 5>
        continue;
    }
}



extern "C" __global__ void to_uint8_72c4479b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::uint8> var_codes_out)
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
        const wp::int32 var_4 = 7;
        wp::int32 var_5;
        const wp::int32 var_6 = 16;
        wp::int32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 16.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        const wp::float32 var_13 = 255.0;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 255.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::uint8 var_20;
        //---------
        // forward
        // def to_uint8(src: wp.array(dtype=float), codes_out: wp.array(dtype=wp.uint8)):         <L 24>
        // tid = wp.tid()                                                                         <L 26>
        var_0 = builtin_tid1d();
        // c = src[tid]                                                                           <L 27>
        var_1 = wp::address(var_src, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 28>
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::mod(var_5, var_6);
        var_8 = wp::float(var_7);
        var_10 = wp::div(var_8, var_9);
        var_12 = wp::sub(var_10, var_11);
        // x = wp.clamp(c * 255.0 + threshold, 0.0, 255.0)                                        <L 29>
        var_14 = wp::mul(var_2, var_13);
        var_15 = wp::add(var_14, var_12);
        var_18 = wp::clamp(var_15, var_16, var_17);
        // codes_out[tid] = wp.uint8(wp.trunc(x))                                                 <L 30>
        var_19 = wp::trunc(var_18);
        var_20 = wp::uint8(var_19);
        wp::array_store(var_codes_out, var_0, var_20);
    }
}



extern "C" __global__ void to_uint8_72c4479b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::uint8> var_codes_out,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::uint8> adj_codes_out)
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
        const wp::int32 var_4 = 7;
        wp::int32 var_5;
        const wp::int32 var_6 = 16;
        wp::int32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 16.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        const wp::float32 var_13 = 255.0;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 255.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::uint8 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
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
        wp::uint8 adj_20 = {};
        //---------
        // forward
        // def to_uint8(src: wp.array(dtype=float), codes_out: wp.array(dtype=wp.uint8)):         <L 24>
        // tid = wp.tid()                                                                         <L 26>
        var_0 = builtin_tid1d();
        // c = src[tid]                                                                           <L 27>
        var_1 = wp::address(var_src, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 28>
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::mod(var_5, var_6);
        var_8 = wp::float(var_7);
        var_10 = wp::div(var_8, var_9);
        var_12 = wp::sub(var_10, var_11);
        // x = wp.clamp(c * 255.0 + threshold, 0.0, 255.0)                                        <L 29>
        var_14 = wp::mul(var_2, var_13);
        var_15 = wp::add(var_14, var_12);
        var_18 = wp::clamp(var_15, var_16, var_17);
        // codes_out[tid] = wp.uint8(wp.trunc(x))                                                 <L 30>
        var_19 = wp::trunc(var_18);
        var_20 = wp::uint8(var_19);
        // wp::array_store(var_codes_out, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_codes_out, var_0, var_20, adj_codes_out, adj_0, adj_20);
        // adj: codes_out[tid] = wp.uint8(wp.trunc(x))                                            <L 30>
        wp::adj_clamp(var_15, var_16, var_17, adj_15, adj_16, adj_17, adj_18);
        wp::adj_add(var_14, var_12, adj_14, adj_12, adj_15);
        wp::adj_mul(var_2, var_13, adj_2, adj_13, adj_14);
        // adj: x = wp.clamp(c * 255.0 + threshold, 0.0, 255.0)                                   <L 29>
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_div(var_8, var_9, var_10, adj_8, adj_9, adj_10);
        wp::adj_float(var_7, adj_7, adj_8);
        wp::adj_mod(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: threshold = float((tid * 7) % 16) / 16.0 - 0.5                                    <L 28>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_src, var_0, adj_src, adj_0, adj_1);
        // adj: c = src[tid]                                                                      <L 27>
        // adj: tid = wp.tid()                                                                    <L 26>
        // adj: def to_uint8(src: wp.array(dtype=float), codes_out: wp.array(dtype=wp.uint8)):    <L 24>
        continue;
    }
}



extern "C" __global__ void decode_bytes_ab527e47_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_pixels_u8,
    wp::array_t<wp::float32> var_src)
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
        wp::uint16* var_1;
        wp::float32 var_2;
        wp::uint16 var_3;
        const wp::float32 var_4 = 65535.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        //---------
        // forward
        // def decode_bytes(pixels_u8: wp.array(dtype=wp.uint16), src: wp.array(dtype=float)):       <L 34>
        // tid = wp.tid()                                                                         <L 35>
        var_0 = builtin_tid1d();
        // src[tid] = wp.clamp(float(pixels_u8[tid]) / 65535.0, 0.0, 1.0)                         <L 36>
        var_1 = wp::address(var_pixels_u8, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_5 = wp::div(var_2, var_4);
        var_8 = wp::clamp(var_5, var_6, var_7);
        wp::array_store(var_src, var_0, var_8);
    }
}



extern "C" __global__ void decode_bytes_ab527e47_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_pixels_u8,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::uint16> adj_pixels_u8,
    wp::array_t<wp::float32> adj_src)
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
        wp::uint16* var_1;
        wp::float32 var_2;
        wp::uint16 var_3;
        const wp::float32 var_4 = 65535.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint16 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::uint16 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def decode_bytes(pixels_u8: wp.array(dtype=wp.uint16), src: wp.array(dtype=float)):       <L 34>
        // tid = wp.tid()                                                                         <L 35>
        var_0 = builtin_tid1d();
        // src[tid] = wp.clamp(float(pixels_u8[tid]) / 65535.0, 0.0, 1.0)                         <L 36>
        var_1 = wp::address(var_pixels_u8, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_5 = wp::div(var_2, var_4);
        var_8 = wp::clamp(var_5, var_6, var_7);
        // wp::array_store(var_src, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_src, var_0, var_8, adj_src, adj_0, adj_8);
        wp::adj_clamp(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        wp::adj_div(var_2, var_4, var_5, adj_2, adj_4, adj_5);
        wp::adj_float(var_3, adj_1, adj_2);
        wp::adj_address(var_pixels_u8, var_0, adj_pixels_u8, adj_0, adj_1);
        // adj: src[tid] = wp.clamp(float(pixels_u8[tid]) / 65535.0, 0.0, 1.0)                    <L 36>
        // adj: tid = wp.tid()                                                                    <L 35>
        // adj: def decode_bytes(pixels_u8: wp.array(dtype=wp.uint16), src: wp.array(dtype=float)):  <L 34>
        continue;
    }
}

