// Warp 1.19.0 cuda code for adjust_image_8f8018f4.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void adjust_image_cc232d6d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_img,
    wp::float64 var_strength,
    wp::array_t<wp::float64> var_result)
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
        wp::float64* var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        //---------
        // forward
        // def adjust_image(img: wp.array2d[wp.float64], strength: wp.float64, result: wp.array2d[wp.float64]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // p = img[i, j]                                                                          <L 7>
        var_2 = wp::address(var_img, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // result[i, j] = (wp.float64(1.0) - p) * strength                                        <L 8>
        var_5 = 1.0;
        var_6 = wp::sub(var_5, var_3);
        var_7 = wp::mul(var_6, var_strength);
        wp::array_store(var_result, var_0, var_1, var_7);
    }
}



extern "C" __global__ void adjust_image_cc232d6d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_img,
    wp::float64 var_strength,
    wp::array_t<wp::float64> var_result,
    wp::array_t<wp::float64> adj_img,
    wp::float64 adj_strength,
    wp::array_t<wp::float64> adj_result)
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
        wp::float64* var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        //---------
        // forward
        // def adjust_image(img: wp.array2d[wp.float64], strength: wp.float64, result: wp.array2d[wp.float64]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // p = img[i, j]                                                                          <L 7>
        var_2 = wp::address(var_img, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // result[i, j] = (wp.float64(1.0) - p) * strength                                        <L 8>
        var_5 = 1.0;
        var_6 = wp::sub(var_5, var_3);
        var_7 = wp::mul(var_6, var_strength);
        // wp::array_store(var_result, var_0, var_1, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_1, var_7, adj_result, adj_0, adj_1, adj_7);
        wp::adj_mul(var_6, var_strength, adj_6, adj_strength, adj_7);
        wp::adj_sub(var_5, var_3, adj_5, adj_3, adj_6);
        // adj: result[i, j] = (wp.float64(1.0) - p) * strength                                   <L 8>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
        // adj: p = img[i, j]                                                                     <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def adjust_image(img: wp.array2d[wp.float64], strength: wp.float64, result: wp.array2d[wp.float64]):  <L 5>
        continue;
    }
}

