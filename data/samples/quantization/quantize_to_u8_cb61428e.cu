// Warp 1.19.0 cuda code for quantize_to_u8_cb61428e.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void quantize_to_u8_605a3363_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_linear,
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
        // def quantize_to_u8(linear: wp.array[float], pixels_u8: wp.array[wp.uint8]):            <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // v = linear[tid]                                                                        <L 7>
        var_1 = wp::address(var_linear, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 8>
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::mod(var_5, var_6);
        var_8 = wp::float(var_7);
        var_10 = wp::div(var_8, var_9);
        var_12 = wp::sub(var_10, var_11);
        // x = wp.clamp(v * 255.0 + threshold, 0.0, 255.0)                                        <L 9>
        var_14 = wp::mul(var_2, var_13);
        var_15 = wp::add(var_14, var_12);
        var_18 = wp::clamp(var_15, var_16, var_17);
        // pixels_u8[tid] = wp.uint8(wp.trunc(x))                                                 <L 10>
        var_19 = wp::trunc(var_18);
        var_20 = wp::uint8(var_19);
        wp::array_store(var_pixels_u8, var_0, var_20);
    }
}



extern "C" __global__ void quantize_to_u8_605a3363_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_linear,
    wp::array_t<wp::uint8> var_pixels_u8,
    wp::array_t<wp::float32> adj_linear,
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
        // def quantize_to_u8(linear: wp.array[float], pixels_u8: wp.array[wp.uint8]):            <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // v = linear[tid]                                                                        <L 7>
        var_1 = wp::address(var_linear, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // threshold = float((tid * 7) % 16) / 16.0 - 0.5                                         <L 8>
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::mod(var_5, var_6);
        var_8 = wp::float(var_7);
        var_10 = wp::div(var_8, var_9);
        var_12 = wp::sub(var_10, var_11);
        // x = wp.clamp(v * 255.0 + threshold, 0.0, 255.0)                                        <L 9>
        var_14 = wp::mul(var_2, var_13);
        var_15 = wp::add(var_14, var_12);
        var_18 = wp::clamp(var_15, var_16, var_17);
        // pixels_u8[tid] = wp.uint8(wp.trunc(x))                                                 <L 10>
        var_19 = wp::trunc(var_18);
        var_20 = wp::uint8(var_19);
        // wp::array_store(var_pixels_u8, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_pixels_u8, var_0, var_20, adj_pixels_u8, adj_0, adj_20);
        // adj: pixels_u8[tid] = wp.uint8(wp.trunc(x))                                            <L 10>
        wp::adj_clamp(var_15, var_16, var_17, adj_15, adj_16, adj_17, adj_18);
        wp::adj_add(var_14, var_12, adj_14, adj_12, adj_15);
        wp::adj_mul(var_2, var_13, adj_2, adj_13, adj_14);
        // adj: x = wp.clamp(v * 255.0 + threshold, 0.0, 255.0)                                   <L 9>
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_div(var_8, var_9, var_10, adj_8, adj_9, adj_10);
        wp::adj_float(var_7, adj_7, adj_8);
        wp::adj_mod(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: threshold = float((tid * 7) % 16) / 16.0 - 0.5                                    <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_linear, var_0, adj_linear, adj_0, adj_1);
        // adj: v = linear[tid]                                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def quantize_to_u8(linear: wp.array[float], pixels_u8: wp.array[wp.uint8]):       <L 5>
        continue;
    }
}

