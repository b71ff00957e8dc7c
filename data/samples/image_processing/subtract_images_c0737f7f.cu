// Warp 1.19.0 cuda code for subtract_images_c0737f7f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void subtract_images_db08cd86_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::array_t<wp::vec_t<3, wp::float32>> var_other,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def subtract_images(                                                                   <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // c_b = other[i, j]                                                                      <L 12>
        var_2 = wp::address(var_other, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // result[i, j] = image[i, j] + c_b                                                       <L 13>
        var_5 = wp::address(var_image, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_3);
        wp::array_store(var_result, var_0, var_1, var_6);
    }
}



extern "C" __global__ void subtract_images_db08cd86_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::array_t<wp::vec_t<3, wp::float32>> var_other,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def subtract_images(                                                                   <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // c_b = other[i, j]                                                                      <L 12>
        var_2 = wp::address(var_other, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // result[i, j] = image[i, j] + c_b                                                       <L 13>
        var_5 = wp::address(var_image, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_3);
        // wp::array_store(var_result, var_0, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_1, var_6, adj_result, adj_0, adj_1, adj_6);
        wp::adj_add(var_7, var_3, adj_5, adj_3, adj_6);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_5);
        // adj: result[i, j] = image[i, j] + c_b                                                  <L 13>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_other, var_0, var_1, adj_other, adj_0, adj_1, adj_2);
        // adj: c_b = other[i, j]                                                                 <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def subtract_images(                                                              <L 5>
        continue;
    }
}

