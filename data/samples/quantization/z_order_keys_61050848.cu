// Warp 1.19.0 cuda code for z_order_keys_61050848.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// z_order_keys.py:7
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
    // def spread_bits(v: wp.int64) -> wp.int64:                                              <L 8>
    // x = v & wp.int64(0x1FFFFF)                                                             <L 10>
    var_0 = 2097151ll;
    var_1 = wp::bit_and(var_v, var_0);
    // x = (x | (x << wp.int64(32))) & wp.int64(0x1F00000000FFFF)                             <L 11>
    var_2 = 32ll;
    var_3 = wp::lshift(var_1, var_2);
    var_4 = wp::bit_or(var_1, var_3);
    var_5 = 8725724278095871ll;
    var_6 = wp::bit_and(var_4, var_5);
    // x = (x | (x << wp.int64(16))) & wp.int64(0x1F0000FF0000FF)                             <L 12>
    var_7 = 16ll;
    var_8 = wp::lshift(var_6, var_7);
    var_9 = wp::bit_or(var_6, var_8);
    var_10 = 8725728556220671ll;
    var_11 = wp::bit_and(var_9, var_10);
    // x = (x | (x << wp.int64(8))) & wp.int64(0x100F00F00F00F00F)                            <L 13>
    var_12 = 8ll;
    var_13 = wp::lshift(var_11, var_12);
    var_14 = wp::bit_or(var_11, var_13);
    var_15 = 1157144660301377551ll;
    var_16 = wp::bit_and(var_14, var_15);
    // x = (x | (x << wp.int64(4))) & wp.int64(0x10C30C30C30C30C3)                            <L 14>
    var_17 = 4ll;
    var_18 = wp::lshift(var_16, var_17);
    var_19 = wp::bit_or(var_16, var_18);
    var_20 = 1207822528635744451ll;
    var_21 = wp::bit_and(var_19, var_20);
    // x = (x | (x << wp.int64(2))) & wp.int64(0x1249249249249249)                            <L 15>
    var_22 = 2ll;
    var_23 = wp::lshift(var_21, var_22);
    var_24 = wp::bit_or(var_21, var_23);
    var_25 = 1317624576693539401ll;
    var_26 = wp::bit_and(var_24, var_25);
    // return x                                                                               <L 16>
    return var_26;
}


// z_order_keys.py:7
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
    // def spread_bits(v: wp.int64) -> wp.int64:                                              <L 8>
    // x = v & wp.int64(0x1FFFFF)                                                             <L 10>
    var_0 = 2097151ll;
    var_1 = wp::bit_and(var_v, var_0);
    // x = (x | (x << wp.int64(32))) & wp.int64(0x1F00000000FFFF)                             <L 11>
    var_2 = 32ll;
    var_3 = wp::lshift(var_1, var_2);
    var_4 = wp::bit_or(var_1, var_3);
    var_5 = 8725724278095871ll;
    var_6 = wp::bit_and(var_4, var_5);
    // x = (x | (x << wp.int64(16))) & wp.int64(0x1F0000FF0000FF)                             <L 12>
    var_7 = 16ll;
    var_8 = wp::lshift(var_6, var_7);
    var_9 = wp::bit_or(var_6, var_8);
    var_10 = 8725728556220671ll;
    var_11 = wp::bit_and(var_9, var_10);
    // x = (x | (x << wp.int64(8))) & wp.int64(0x100F00F00F00F00F)                            <L 13>
    var_12 = 8ll;
    var_13 = wp::lshift(var_11, var_12);
    var_14 = wp::bit_or(var_11, var_13);
    var_15 = 1157144660301377551ll;
    var_16 = wp::bit_and(var_14, var_15);
    // x = (x | (x << wp.int64(4))) & wp.int64(0x10C30C30C30C30C3)                            <L 14>
    var_17 = 4ll;
    var_18 = wp::lshift(var_16, var_17);
    var_19 = wp::bit_or(var_16, var_18);
    var_20 = 1207822528635744451ll;
    var_21 = wp::bit_and(var_19, var_20);
    // x = (x | (x << wp.int64(2))) & wp.int64(0x1249249249249249)                            <L 15>
    var_22 = 2ll;
    var_23 = wp::lshift(var_21, var_22);
    var_24 = wp::bit_or(var_21, var_23);
    var_25 = 1317624576693539401ll;
    var_26 = wp::bit_and(var_24, var_25);
    // return x                                                                               <L 16>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_26 += adj_ret;
    // adj: return x                                                                          <L 16>
    // adj: x = (x | (x << wp.int64(2))) & wp.int64(0x1249249249249249)                       <L 15>
    // adj: x = (x | (x << wp.int64(4))) & wp.int64(0x10C30C30C30C30C3)                       <L 14>
    // adj: x = (x | (x << wp.int64(8))) & wp.int64(0x100F00F00F00F00F)                       <L 13>
    // adj: x = (x | (x << wp.int64(16))) & wp.int64(0x1F0000FF0000FF)                        <L 12>
    // adj: x = (x | (x << wp.int64(32))) & wp.int64(0x1F00000000FFFF)                        <L 11>
    // adj: x = v & wp.int64(0x1FFFFF)                                                        <L 10>
    // adj: def spread_bits(v: wp.int64) -> wp.int64:                                         <L 8>
    return;
}



extern "C" __global__ void compand_audio_1d928c8b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
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
        // def compand_audio(values: wp.array[float], signs: wp.array[wp.int8]):                  <L 50>
        // tid = wp.tid()                                                                         <L 51>
        var_0 = builtin_tid1d();
        // v = values[tid]                                                                        <L 52>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.min(wp.abs(v), 1.0)                                                             <L 53>
        var_4 = wp::abs(var_2);
        var_6 = wp::min(var_4, var_5);
        // y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), v)                            <L 54>
        var_9 = wp::mul(var_8, var_6);
        var_10 = wp::add(var_7, var_9);
        var_11 = wp::log(var_10);
        var_13 = wp::add(var_12, var_8);
        var_14 = wp::log(var_13);
        var_15 = wp::div(var_11, var_14);
        var_16 = wp::copysign(var_15, var_2);
        // signs[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                      <L 55>
        var_18 = wp::mul(var_16, var_17);
        var_19 = wp::rint(var_18);
        var_22 = wp::clamp(var_19, var_20, var_21);
        var_23 = wp::int8(var_22);
        wp::array_store(var_signs, var_0, var_23);
    }
}



extern "C" __global__ void compand_audio_1d928c8b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int8> var_signs,
    wp::array_t<wp::float32> adj_values,
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
        // def compand_audio(values: wp.array[float], signs: wp.array[wp.int8]):                  <L 50>
        // tid = wp.tid()                                                                         <L 51>
        var_0 = builtin_tid1d();
        // v = values[tid]                                                                        <L 52>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.min(wp.abs(v), 1.0)                                                             <L 53>
        var_4 = wp::abs(var_2);
        var_6 = wp::min(var_4, var_5);
        // y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), v)                            <L 54>
        var_9 = wp::mul(var_8, var_6);
        var_10 = wp::add(var_7, var_9);
        var_11 = wp::log(var_10);
        var_13 = wp::add(var_12, var_8);
        var_14 = wp::log(var_13);
        var_15 = wp::div(var_11, var_14);
        var_16 = wp::copysign(var_15, var_2);
        // signs[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                      <L 55>
        var_18 = wp::mul(var_16, var_17);
        var_19 = wp::rint(var_18);
        var_22 = wp::clamp(var_19, var_20, var_21);
        var_23 = wp::int8(var_22);
        // wp::array_store(var_signs, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_signs, var_0, var_23, adj_signs, adj_0, adj_23);
        wp::adj_clamp(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
        wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
        // adj: signs[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                 <L 55>
        wp::adj_copysign(var_15, var_2, adj_15, adj_2, adj_16);
        wp::adj_div(var_11, var_14, var_15, adj_11, adj_14, adj_15);
        wp::adj_log(var_13, adj_13, adj_14);
        wp::adj_add(var_12, var_8, adj_12, adj_8, adj_13);
        wp::adj_log(var_10, adj_10, adj_11);
        wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
        wp::adj_mul(var_8, var_6, adj_8, adj_6, adj_9);
        // adj: y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), v)                       <L 54>
        wp::adj_min(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_abs(var_2, adj_2, adj_4);
        // adj: a = wp.min(wp.abs(v), 1.0)                                                        <L 53>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: v = values[tid]                                                                   <L 52>
        // adj: tid = wp.tid()                                                                    <L 51>
        // adj: def compand_audio(values: wp.array[float], signs: wp.array[wp.int8]):             <L 50>
        continue;
    }
}



extern "C" __global__ void bytes_to_float_5a7b947f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::uint16> var_codes,
    wp::array_t<wp::float32> var_values_out)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::uint16* var_10;
        wp::float32 var_11;
        wp::uint16 var_12;
        const wp::float32 var_13 = 65535.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 1.0;
        wp::float32 var_17;
        //---------
        // forward
        // def bytes_to_float(                                                                    <L 37>
        // tid = wp.tid()                                                                         <L 43>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0] or flags[tid] == 0:                                          <L 44>
        var_3 = wp::address(var_active_count, var_2);
        var_5 = wp::load(var_3);
        var_4 = (var_0 >= var_5);
        var_1 = var_4;
        if (!var_1) {
            var_6 = wp::address(var_flags, var_0);
            var_9 = wp::load(var_6);
            var_8 = (var_9 == var_7);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // return                                                                             <L 45>
            continue;
        }
        // values_out[tid] = wp.clamp(float(codes[tid]) / 65535.0, 0.0, 1.0)                      <L 46>
        var_10 = wp::address(var_codes, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::float(var_12);
        var_14 = wp::div(var_11, var_13);
        var_17 = wp::clamp(var_14, var_15, var_16);
        wp::array_store(var_values_out, var_0, var_17);
    }
}



extern "C" __global__ void bytes_to_float_5a7b947f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::uint16> var_codes,
    wp::array_t<wp::float32> var_values_out,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::int32> adj_flags,
    wp::array_t<wp::uint16> adj_codes,
    wp::array_t<wp::float32> adj_values_out)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::uint16* var_10;
        wp::float32 var_11;
        wp::uint16 var_12;
        const wp::float32 var_13 = 65535.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 1.0;
        wp::float32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::uint16 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::uint16 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        //---------
        // forward
        // def bytes_to_float(                                                                    <L 37>
        // tid = wp.tid()                                                                         <L 43>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0] or flags[tid] == 0:                                          <L 44>
        var_3 = wp::address(var_active_count, var_2);
        var_5 = wp::load(var_3);
        var_4 = (var_0 >= var_5);
        var_1 = var_4;
        if (!var_1) {
            var_6 = wp::address(var_flags, var_0);
            var_9 = wp::load(var_6);
            var_8 = (var_9 == var_7);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // return                                                                             <L 45>
            goto label0;
        }
        // values_out[tid] = wp.clamp(float(codes[tid]) / 65535.0, 0.0, 1.0)                      <L 46>
        var_10 = wp::address(var_codes, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::float(var_12);
        var_14 = wp::div(var_11, var_13);
        var_17 = wp::clamp(var_14, var_15, var_16);
        // wp::array_store(var_values_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_values_out, var_0, var_17, adj_values_out, adj_0, adj_17);
        wp::adj_clamp(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
        wp::adj_div(var_11, var_13, var_14, adj_11, adj_13, adj_14);
        wp::adj_float(var_12, adj_10, adj_11);
        wp::adj_address(var_codes, var_0, adj_codes, adj_0, adj_10);
        // adj: values_out[tid] = wp.clamp(float(codes[tid]) / 65535.0, 0.0, 1.0)                 <L 46>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 45>
        }
        if (!var_1) {
            wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_6);
        }
        wp::adj_address(var_active_count, var_2, adj_active_count, adj_2, adj_3);
        // adj: if tid >= active_count[0] or flags[tid] == 0:                                     <L 44>
        // adj: tid = wp.tid()                                                                    <L 43>
        // adj: def bytes_to_float(                                                               <L 37>
        continue;
    }
}



extern "C" __global__ void z_order_keys_e84cdf05_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_cell_size,
    wp::array_t<wp::int64> var_keys)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::int32> var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 0;
        wp::vec_t<3, wp::int32> var_24;
        wp::vec_t<3, wp::int32> var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::int64 var_28;
        wp::int64 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::int64 var_32;
        wp::int64 var_33;
        wp::int64 var_34;
        wp::int64 var_35;
        wp::int64 var_36;
        const wp::int32 var_37 = 2;
        wp::int32 var_38;
        wp::int64 var_39;
        wp::int64 var_40;
        wp::int64 var_41;
        wp::int64 var_42;
        wp::int64 var_43;
        //---------
        // forward
        // def z_order_keys(                                                                      <L 20>
        // tid = wp.tid()                                                                         <L 27>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 28>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // inv_dx = 1.0 / cell_size                                                               <L 29>
        var_5 = wp::div(var_4, var_cell_size);
        // local = (p - origin) * inv_dx                                                          <L 30>
        var_6 = wp::sub(var_2, var_origin);
        var_7 = wp::mul(var_6, var_5);
        // cell = wp.vec3i(int(wp.floor(local[0])), int(wp.floor(local[1])), int(wp.floor(local[2])))       <L 31>
        var_9 = wp::extract(var_7, var_8);
        var_10 = wp::floor(var_9);
        var_11 = wp::int(var_10);
        var_13 = wp::extract(var_7, var_12);
        var_14 = wp::floor(var_13);
        var_15 = wp::int(var_14);
        var_17 = wp::extract(var_7, var_16);
        var_18 = wp::floor(var_17);
        var_19 = wp::int(var_18);
        var_20 = wp::vec_t<3, wp::int32>(var_11, var_15, var_19);
        // cell = wp.max(cell, wp.vec3i(0, 0, 0))                                                 <L 32>
        var_24 = wp::vec_t<3, wp::int32>(var_21, var_22, var_23);
        var_25 = wp::max(var_20, var_24);
        // keys[tid] = spread_bits(wp.int64(cell[0])) | (spread_bits(wp.int64(cell[1])) << wp.int64(1)) | (spread_bits(wp.int64(cell[2])) << wp.int64(2))       <L 33>
        var_27 = wp::extract(var_25, var_26);
        var_28 = wp::int64(var_27);
        var_29 = spread_bits_0(var_28);
        var_31 = wp::extract(var_25, var_30);
        var_32 = wp::int64(var_31);
        var_33 = spread_bits_0(var_32);
        var_34 = 1ll;
        var_35 = wp::lshift(var_33, var_34);
        var_36 = wp::bit_or(var_29, var_35);
        var_38 = wp::extract(var_25, var_37);
        var_39 = wp::int64(var_38);
        var_40 = spread_bits_0(var_39);
        var_41 = 2ll;
        var_42 = wp::lshift(var_40, var_41);
        var_43 = wp::bit_or(var_36, var_42);
        wp::array_store(var_keys, var_0, var_43);
    }
}



extern "C" __global__ void z_order_keys_e84cdf05_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_cell_size,
    wp::array_t<wp::int64> var_keys,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::vec_t<3, wp::float32> adj_origin,
    wp::float32 adj_cell_size,
    wp::array_t<wp::int64> adj_keys)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::int32> var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 0;
        wp::vec_t<3, wp::int32> var_24;
        wp::vec_t<3, wp::int32> var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::int64 var_28;
        wp::int64 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::int64 var_32;
        wp::int64 var_33;
        wp::int64 var_34;
        wp::int64 var_35;
        wp::int64 var_36;
        const wp::int32 var_37 = 2;
        wp::int32 var_38;
        wp::int64 var_39;
        wp::int64 var_40;
        wp::int64 var_41;
        wp::int64 var_42;
        wp::int64 var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::vec_t<3, wp::int32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::vec_t<3, wp::int32> adj_24 = {};
        wp::vec_t<3, wp::int32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int64 adj_28 = {};
        wp::int64 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int64 adj_32 = {};
        wp::int64 adj_33 = {};
        wp::int64 adj_34 = {};
        wp::int64 adj_35 = {};
        wp::int64 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int64 adj_39 = {};
        wp::int64 adj_40 = {};
        wp::int64 adj_41 = {};
        wp::int64 adj_42 = {};
        wp::int64 adj_43 = {};
        //---------
        // forward
        // def z_order_keys(                                                                      <L 20>
        // tid = wp.tid()                                                                         <L 27>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 28>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // inv_dx = 1.0 / cell_size                                                               <L 29>
        var_5 = wp::div(var_4, var_cell_size);
        // local = (p - origin) * inv_dx                                                          <L 30>
        var_6 = wp::sub(var_2, var_origin);
        var_7 = wp::mul(var_6, var_5);
        // cell = wp.vec3i(int(wp.floor(local[0])), int(wp.floor(local[1])), int(wp.floor(local[2])))       <L 31>
        var_9 = wp::extract(var_7, var_8);
        var_10 = wp::floor(var_9);
        var_11 = wp::int(var_10);
        var_13 = wp::extract(var_7, var_12);
        var_14 = wp::floor(var_13);
        var_15 = wp::int(var_14);
        var_17 = wp::extract(var_7, var_16);
        var_18 = wp::floor(var_17);
        var_19 = wp::int(var_18);
        var_20 = wp::vec_t<3, wp::int32>(var_11, var_15, var_19);
        // cell = wp.max(cell, wp.vec3i(0, 0, 0))                                                 <L 32>
        var_24 = wp::vec_t<3, wp::int32>(var_21, var_22, var_23);
        var_25 = wp::max(var_20, var_24);
        // keys[tid] = spread_bits(wp.int64(cell[0])) | (spread_bits(wp.int64(cell[1])) << wp.int64(1)) | (spread_bits(wp.int64(cell[2])) << wp.int64(2))       <L 33>
        var_27 = wp::extract(var_25, var_26);
        var_28 = wp::int64(var_27);
        var_29 = spread_bits_0(var_28);
        var_31 = wp::extract(var_25, var_30);
        var_32 = wp::int64(var_31);
        var_33 = spread_bits_0(var_32);
        var_34 = 1ll;
        var_35 = wp::lshift(var_33, var_34);
        var_36 = wp::bit_or(var_29, var_35);
        var_38 = wp::extract(var_25, var_37);
        var_39 = wp::int64(var_38);
        var_40 = spread_bits_0(var_39);
        var_41 = 2ll;
        var_42 = wp::lshift(var_40, var_41);
        var_43 = wp::bit_or(var_36, var_42);
        // wp::array_store(var_keys, var_0, var_43);
        //---------
        // reverse
        wp::adj_array_store(var_keys, var_0, var_43, adj_keys, adj_0, adj_43);
        adj_spread_bits_0(var_39, adj_39, adj_40);
        wp::adj_extract(var_25, var_37, adj_25, adj_37, adj_38);
        adj_spread_bits_0(var_32, adj_32, adj_33);
        wp::adj_extract(var_25, var_30, adj_25, adj_30, adj_31);
        adj_spread_bits_0(var_28, adj_28, adj_29);
        wp::adj_extract(var_25, var_26, adj_25, adj_26, adj_27);
        // adj: keys[tid] = spread_bits(wp.int64(cell[0])) | (spread_bits(wp.int64(cell[1])) << wp.int64(1)) | (spread_bits(wp.int64(cell[2])) << wp.int64(2))  <L 33>
        wp::adj_max(var_20, var_24, adj_20, adj_24, adj_25);
        wp::adj_vec_t(var_21, var_22, var_23, adj_21, adj_22, adj_23, adj_24);
        // adj: cell = wp.max(cell, wp.vec3i(0, 0, 0))                                            <L 32>
        wp::adj_vec_t(var_11, var_15, var_19, adj_11, adj_15, adj_19, adj_20);
        wp::adj_extract(var_7, var_16, adj_7, adj_16, adj_17);
        wp::adj_extract(var_7, var_12, adj_7, adj_12, adj_13);
        wp::adj_extract(var_7, var_8, adj_7, adj_8, adj_9);
        // adj: cell = wp.vec3i(int(wp.floor(local[0])), int(wp.floor(local[1])), int(wp.floor(local[2])))  <L 31>
        wp::adj_mul(var_6, var_5, adj_6, adj_5, adj_7);
        wp::adj_sub(var_2, var_origin, adj_2, adj_origin, adj_6);
        // adj: local = (p - origin) * inv_dx                                                     <L 30>
        wp::adj_div(var_4, var_cell_size, var_5, adj_4, adj_cell_size, adj_5);
        // adj: inv_dx = 1.0 / cell_size                                                          <L 29>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: p = positions[tid]                                                                <L 28>
        // adj: tid = wp.tid()                                                                    <L 27>
        // adj: def z_order_keys(                                                                 <L 20>
        continue;
    }
}

