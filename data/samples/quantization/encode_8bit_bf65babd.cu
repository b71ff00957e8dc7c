// Warp 1.19.0 cuda code for encode_8bit_bf65babd.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void encode_8bit_a9e9e84a_cuda_kernel_forward(
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
        // def encode_8bit(image: wp.array[float], pixels_u8: wp.array[wp.uint8]):                <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // x = wp.pow(wp.clamp(image[tid], 0.0, 1.0), 1.0 / 2.2) * 255.0                          <L 10>
        var_1 = wp::address(var_image, var_0);
        var_5 = wp::load(var_1);
        var_4 = wp::clamp(var_5, var_2, var_3);
        var_8 = wp::div(var_6, var_7);
        var_9 = wp::pow(var_4, var_8);
        var_11 = wp::mul(var_9, var_10);
        // pixels_u8[tid] = wp.uint8(wp.round(x))                                                 <L 11>
        var_12 = wp::round(var_11);
        var_13 = wp::uint8(var_12);
        wp::array_store(var_pixels_u8, var_0, var_13);
    }
}



extern "C" __global__ void encode_8bit_a9e9e84a_cuda_kernel_backward(
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
        // def encode_8bit(image: wp.array[float], pixels_u8: wp.array[wp.uint8]):                <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // x = wp.pow(wp.clamp(image[tid], 0.0, 1.0), 1.0 / 2.2) * 255.0                          <L 10>
        var_1 = wp::address(var_image, var_0);
        var_5 = wp::load(var_1);
        var_4 = wp::clamp(var_5, var_2, var_3);
        var_8 = wp::div(var_6, var_7);
        var_9 = wp::pow(var_4, var_8);
        var_11 = wp::mul(var_9, var_10);
        // pixels_u8[tid] = wp.uint8(wp.round(x))                                                 <L 11>
        var_12 = wp::round(var_11);
        var_13 = wp::uint8(var_12);
        // wp::array_store(var_pixels_u8, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_pixels_u8, var_0, var_13, adj_pixels_u8, adj_0, adj_13);
        // adj: pixels_u8[tid] = wp.uint8(wp.round(x))                                            <L 11>
        wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_pow(var_4, var_8, var_9, adj_4, adj_8, adj_9);
        wp::adj_div(var_6, var_7, var_8, adj_6, adj_7, adj_8);
        wp::adj_clamp(var_5, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
        wp::adj_address(var_image, var_0, adj_image, adj_0, adj_1);
        // adj: x = wp.pow(wp.clamp(image[tid], 0.0, 1.0), 1.0 / 2.2) * 255.0                     <L 10>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def encode_8bit(image: wp.array[float], pixels_u8: wp.array[wp.uint8]):           <L 5>
        continue;
    }
}

