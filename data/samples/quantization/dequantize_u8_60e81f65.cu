// Warp 1.19.0 cuda code for dequantize_u8_60e81f65.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void dequantize_u8_5790b3cd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_codes,
    wp::array_t<wp::float32> var_linear_out)
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
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 65535.0;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 2.2;
        wp::float32 var_12;
        //---------
        // forward
        // def dequantize_u8(codes: wp.array[wp.uint16], linear_out: wp.array[float]):            <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // c = float(codes[tid]) * (1.0 / 65535.0)                                                <L 8>
        var_1 = wp::address(var_codes, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_6 = wp::div(var_4, var_5);
        var_7 = wp::mul(var_2, var_6);
        // linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                                   <L 9>
        var_10 = wp::clamp(var_7, var_8, var_9);
        var_12 = wp::pow(var_10, var_11);
        wp::array_store(var_linear_out, var_0, var_12);
    }
}



extern "C" __global__ void dequantize_u8_5790b3cd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_codes,
    wp::array_t<wp::float32> var_linear_out,
    wp::array_t<wp::uint16> adj_codes,
    wp::array_t<wp::float32> adj_linear_out)
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
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 65535.0;
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
        wp::uint16 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::uint16 adj_3 = {};
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
        // def dequantize_u8(codes: wp.array[wp.uint16], linear_out: wp.array[float]):            <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // c = float(codes[tid]) * (1.0 / 65535.0)                                                <L 8>
        var_1 = wp::address(var_codes, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_6 = wp::div(var_4, var_5);
        var_7 = wp::mul(var_2, var_6);
        // linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                                   <L 9>
        var_10 = wp::clamp(var_7, var_8, var_9);
        var_12 = wp::pow(var_10, var_11);
        // wp::array_store(var_linear_out, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_linear_out, var_0, var_12, adj_linear_out, adj_0, adj_12);
        wp::adj_pow(var_10, var_11, var_12, adj_10, adj_11, adj_12);
        wp::adj_clamp(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
        // adj: linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                              <L 9>
        wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
        wp::adj_float(var_3, adj_1, adj_2);
        wp::adj_address(var_codes, var_0, adj_codes, adj_0, adj_1);
        // adj: c = float(codes[tid]) * (1.0 / 65535.0)                                           <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def dequantize_u8(codes: wp.array[wp.uint16], linear_out: wp.array[float]):       <L 5>
        continue;
    }
}

