// Warp 1.19.0 cuda code for mix_frames_910e824d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void mix_frames_9a850d11_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::float32> var_frame_b,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> var_dst)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def mix_frames(                                                                        <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // bg = frame_b[i, j]                                                                     <L 12>
        var_2 = wp::address(var_frame_b, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = bg + (image[i, j] - bg) * alpha                                            <L 13>
        var_5 = wp::address(var_image, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_7, var_3);
        var_8 = wp::mul(var_6, var_alpha);
        var_9 = wp::add(var_3, var_8);
        wp::array_store(var_dst, var_0, var_1, var_9);
    }
}



extern "C" __global__ void mix_frames_9a850d11_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::float32> var_frame_b,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_image,
    wp::array_t<wp::float32> adj_frame_b,
    wp::float32 adj_alpha,
    wp::array_t<wp::float32> adj_dst)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def mix_frames(                                                                        <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // bg = frame_b[i, j]                                                                     <L 12>
        var_2 = wp::address(var_frame_b, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = bg + (image[i, j] - bg) * alpha                                            <L 13>
        var_5 = wp::address(var_image, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_7, var_3);
        var_8 = wp::mul(var_6, var_alpha);
        var_9 = wp::add(var_3, var_8);
        // wp::array_store(var_dst, var_0, var_1, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_9, adj_dst, adj_0, adj_1, adj_9);
        wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_mul(var_6, var_alpha, adj_6, adj_alpha, adj_8);
        wp::adj_sub(var_7, var_3, adj_5, adj_3, adj_6);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_5);
        // adj: dst[i, j] = bg + (image[i, j] - bg) * alpha                                       <L 13>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_frame_b, var_0, var_1, adj_frame_b, adj_0, adj_1, adj_2);
        // adj: bg = frame_b[i, j]                                                                <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def mix_frames(                                                                   <L 5>
        continue;
    }
}

