// Warp 1.19.0 cuda code for add_images_27963343.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void add_images_38c07b21_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_image,
    wp::array_t<wp::float64> var_background,
    wp::array_t<wp::float64> var_dst)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        //---------
        // forward
        // def add_images(                                                                        <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // c_b = background[i, j]                                                                 <L 11>
        var_2 = wp::address(var_background, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = image[i, j] + c_b                                                          <L 12>
        var_5 = wp::address(var_image, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_3);
        wp::array_store(var_dst, var_0, var_1, var_6);
}



extern "C" __global__ void add_images_38c07b21_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_image,
    wp::array_t<wp::float64> var_background,
    wp::array_t<wp::float64> var_dst,
    wp::array_t<wp::float64> adj_image,
    wp::array_t<wp::float64> adj_background,
    wp::array_t<wp::float64> adj_dst)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        // def add_images(                                                                        <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // c_b = background[i, j]                                                                 <L 11>
        var_2 = wp::address(var_background, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = image[i, j] + c_b                                                          <L 12>
        var_5 = wp::address(var_image, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_3);
        // wp::array_store(var_dst, var_0, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_6, adj_dst, adj_0, adj_1, adj_6);
        wp::adj_add(var_7, var_3, adj_5, adj_3, adj_6);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_5);
        // adj: dst[i, j] = image[i, j] + c_b                                                     <L 12>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_2);
        // adj: c_b = background[i, j]                                                            <L 11>
        // adj: i, j = wp.tid()                                                                   <L 10>
        // adj: def add_images(                                                                   <L 5>
        return;
}

