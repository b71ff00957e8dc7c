// Warp 1.19.0 cuda code for adjust_image_ac5d200c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void adjust_image_db01c2dd_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::float32> var_dst,
    wp::float32 var_amount)
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
        const wp::float32 var_5 = 0.0;
        const wp::float32 var_6 = 1.0;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def adjust_image(image: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), amount: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // p = image[i, j]                                                                        <L 7>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = wp.pow(wp.clamp(p, 0.0, 1.0), amount)                                      <L 8>
        var_7 = wp::clamp(var_3, var_5, var_6);
        var_8 = wp::pow(var_7, var_amount);
        wp::array_store(var_dst, var_0, var_1, var_8);
    }
}



extern "C" __global__ void adjust_image_db01c2dd_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::float32> var_dst,
    wp::float32 var_amount,
    wp::array_t<wp::float32> adj_image,
    wp::array_t<wp::float32> adj_dst,
    wp::float32 adj_amount)
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
        const wp::float32 var_5 = 0.0;
        const wp::float32 var_6 = 1.0;
        wp::float32 var_7;
        wp::float32 var_8;
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
        //---------
        // forward
        // def adjust_image(image: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), amount: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // p = image[i, j]                                                                        <L 7>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = wp.pow(wp.clamp(p, 0.0, 1.0), amount)                                      <L 8>
        var_7 = wp::clamp(var_3, var_5, var_6);
        var_8 = wp::pow(var_7, var_amount);
        // wp::array_store(var_dst, var_0, var_1, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_8, adj_dst, adj_0, adj_1, adj_8);
        wp::adj_pow(var_7, var_amount, var_8, adj_7, adj_amount, adj_8);
        wp::adj_clamp(var_3, var_5, var_6, adj_3, adj_5, adj_6, adj_7);
        // adj: dst[i, j] = wp.pow(wp.clamp(p, 0.0, 1.0), amount)                                 <L 8>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
        // adj: p = image[i, j]                                                                   <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def adjust_image(image: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), amount: float):  <L 5>
        continue;
    }
}

