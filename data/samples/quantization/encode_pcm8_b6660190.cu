// Warp 1.19.0 cuda code for encode_pcm8_b6660190.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void encode_pcm8_a02cb0d2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_data,
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
        // def encode_pcm8(data: wp.array(dtype=float), side: wp.array(dtype=wp.int8)):           <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // x = data[tid]                                                                          <L 10>
        var_1 = wp::address(var_data, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.min(wp.abs(x), 1.0)                                                             <L 11>
        var_4 = wp::abs(var_2);
        var_6 = wp::min(var_4, var_5);
        // y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), x)                            <L 12>
        var_9 = wp::mul(var_8, var_6);
        var_10 = wp::add(var_7, var_9);
        var_11 = wp::log(var_10);
        var_13 = wp::add(var_12, var_8);
        var_14 = wp::log(var_13);
        var_15 = wp::div(var_11, var_14);
        var_16 = wp::copysign(var_15, var_2);
        // side[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                       <L 13>
        var_18 = wp::mul(var_16, var_17);
        var_19 = wp::rint(var_18);
        var_22 = wp::clamp(var_19, var_20, var_21);
        var_23 = wp::int8(var_22);
        wp::array_store(var_side, var_0, var_23);
    }
}



extern "C" __global__ void encode_pcm8_a02cb0d2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_data,
    wp::array_t<wp::int8> var_side,
    wp::array_t<wp::float32> adj_data,
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
        // def encode_pcm8(data: wp.array(dtype=float), side: wp.array(dtype=wp.int8)):           <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // x = data[tid]                                                                          <L 10>
        var_1 = wp::address(var_data, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.min(wp.abs(x), 1.0)                                                             <L 11>
        var_4 = wp::abs(var_2);
        var_6 = wp::min(var_4, var_5);
        // y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), x)                            <L 12>
        var_9 = wp::mul(var_8, var_6);
        var_10 = wp::add(var_7, var_9);
        var_11 = wp::log(var_10);
        var_13 = wp::add(var_12, var_8);
        var_14 = wp::log(var_13);
        var_15 = wp::div(var_11, var_14);
        var_16 = wp::copysign(var_15, var_2);
        // side[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                       <L 13>
        var_18 = wp::mul(var_16, var_17);
        var_19 = wp::rint(var_18);
        var_22 = wp::clamp(var_19, var_20, var_21);
        var_23 = wp::int8(var_22);
        // wp::array_store(var_side, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_side, var_0, var_23, adj_side, adj_0, adj_23);
        wp::adj_clamp(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
        wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
        // adj: side[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                  <L 13>
        wp::adj_copysign(var_15, var_2, adj_15, adj_2, adj_16);
        wp::adj_div(var_11, var_14, var_15, adj_11, adj_14, adj_15);
        wp::adj_log(var_13, adj_13, adj_14);
        wp::adj_add(var_12, var_8, adj_12, adj_8, adj_13);
        wp::adj_log(var_10, adj_10, adj_11);
        wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
        wp::adj_mul(var_8, var_6, adj_8, adj_6, adj_9);
        // adj: y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), x)                       <L 12>
        wp::adj_min(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_abs(var_2, adj_2, adj_4);
        // adj: a = wp.min(wp.abs(x), 1.0)                                                        <L 11>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
        // adj: x = data[tid]                                                                     <L 10>
        // adj: tid = wp.tid()                                                                    <L 9>
        // adj: def encode_pcm8(data: wp.array(dtype=float), side: wp.array(dtype=wp.int8)):      <L 8>
        continue;
    }
}

