// Warp 1.19.0 cuda code for encode_8bit_fea95156.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void encode_8bit_048e43f7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_image,
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
        wp::float32 var_1;
        const wp::float32 var_2 = 0.618034;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.5;
        wp::float32 var_6;
        wp::float32* var_7;
        const wp::float32 var_8 = 255.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        const wp::float32 var_13 = 255.0;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::uint8 var_16;
        //---------
        // forward
        // def encode_8bit(image: wp.array[float], codes_out: wp.array[wp.uint8]):                <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // threshold = wp.frac(float(tid) * 0.618034) - 0.5                                       <L 7>
        var_1 = wp::float(var_0);
        var_3 = wp::mul(var_1, var_2);
        var_4 = wp::frac(var_3);
        var_6 = wp::sub(var_4, var_5);
        // x = wp.clamp(image[tid] * 255.0 + threshold, 0.0, 255.0)                               <L 8>
        var_7 = wp::address(var_image, var_0);
        var_10 = wp::load(var_7);
        var_9 = wp::mul(var_10, var_8);
        var_11 = wp::add(var_9, var_6);
        var_14 = wp::clamp(var_11, var_12, var_13);
        // codes_out[tid] = wp.uint8(wp.rint(x))                                                  <L 9>
        var_15 = wp::rint(var_14);
        var_16 = wp::uint8(var_15);
        wp::array_store(var_codes_out, var_0, var_16);
    }
}



extern "C" __global__ void encode_8bit_048e43f7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::uint8> var_codes_out,
    wp::array_t<wp::float32> adj_image,
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
        wp::float32 var_1;
        const wp::float32 var_2 = 0.618034;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.5;
        wp::float32 var_6;
        wp::float32* var_7;
        const wp::float32 var_8 = 255.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        const wp::float32 var_13 = 255.0;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::uint8 var_16;
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
        wp::uint8 adj_16 = {};
        //---------
        // forward
        // def encode_8bit(image: wp.array[float], codes_out: wp.array[wp.uint8]):                <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // threshold = wp.frac(float(tid) * 0.618034) - 0.5                                       <L 7>
        var_1 = wp::float(var_0);
        var_3 = wp::mul(var_1, var_2);
        var_4 = wp::frac(var_3);
        var_6 = wp::sub(var_4, var_5);
        // x = wp.clamp(image[tid] * 255.0 + threshold, 0.0, 255.0)                               <L 8>
        var_7 = wp::address(var_image, var_0);
        var_10 = wp::load(var_7);
        var_9 = wp::mul(var_10, var_8);
        var_11 = wp::add(var_9, var_6);
        var_14 = wp::clamp(var_11, var_12, var_13);
        // codes_out[tid] = wp.uint8(wp.rint(x))                                                  <L 9>
        var_15 = wp::rint(var_14);
        var_16 = wp::uint8(var_15);
        // wp::array_store(var_codes_out, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_codes_out, var_0, var_16, adj_codes_out, adj_0, adj_16);
        // adj: codes_out[tid] = wp.uint8(wp.rint(x))                                             <L 9>
        wp::adj_clamp(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
        wp::adj_add(var_9, var_6, adj_9, adj_6, adj_11);
        wp::adj_mul(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_address(var_image, var_0, adj_image, adj_0, adj_7);
        // adj: x = wp.clamp(image[tid] * 255.0 + threshold, 0.0, 255.0)                          <L 8>
        wp::adj_sub(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
        wp::adj_float(var_0, adj_0, adj_1);
        // adj: threshold = wp.frac(float(tid) * 0.618034) - 0.5                                  <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def encode_8bit(image: wp.array[float], codes_out: wp.array[wp.uint8]):           <L 5>
        continue;
    }
}

