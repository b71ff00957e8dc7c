// Warp 1.19.0 cuda code for image_difference_e65f7b00.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void image_difference_3251030a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_img_b,
    wp::array_t<wp::float64> var_src)
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
        wp::float64* var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        //---------
        // forward
        // def image_difference(img_b: wp.array2d[wp.float64], src: wp.array2d[wp.float64]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // c = src[i, j]                                                                          <L 7>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // c_b = img_b[i, j]                                                                      <L 8>
        var_5 = wp::address(var_img_b, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // src[i, j] = c + c_b                                                                    <L 9>
        var_8 = wp::add(var_3, var_6);
        wp::array_store(var_src, var_0, var_1, var_8);
    }
}



extern "C" __global__ void image_difference_3251030a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_img_b,
    wp::array_t<wp::float64> var_src,
    wp::array_t<wp::float64> adj_img_b,
    wp::array_t<wp::float64> adj_src)
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
        wp::float64* var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
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
        wp::float64 adj_8 = {};
        //---------
        // forward
        // def image_difference(img_b: wp.array2d[wp.float64], src: wp.array2d[wp.float64]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // c = src[i, j]                                                                          <L 7>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // c_b = img_b[i, j]                                                                      <L 8>
        var_5 = wp::address(var_img_b, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // src[i, j] = c + c_b                                                                    <L 9>
        var_8 = wp::add(var_3, var_6);
        // wp::array_store(var_src, var_0, var_1, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_src, var_0, var_1, var_8, adj_src, adj_0, adj_1, adj_8);
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_8);
        // adj: src[i, j] = c + c_b                                                               <L 9>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_img_b, var_0, var_1, adj_img_b, adj_0, adj_1, adj_5);
        // adj: c_b = img_b[i, j]                                                                 <L 8>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
        // adj: c = src[i, j]                                                                     <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def image_difference(img_b: wp.array2d[wp.float64], src: wp.array2d[wp.float64]):  <L 5>
        continue;
    }
}

