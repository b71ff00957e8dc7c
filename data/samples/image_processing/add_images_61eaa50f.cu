// Warp 1.19.0 cuda code for add_images_61eaa50f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void add_images_a42aead8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_img,
    wp::array_t<wp::float32> var_frame_b,
    wp::array_t<wp::float32> var_dst)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def add_images(                                                                        <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // c = img[i, j]                                                                          <L 12>
        var_2 = wp::address(var_img, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = c - frame_b[i, j]                                                          <L 13>
        var_5 = wp::address(var_frame_b, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_3, var_7);
        wp::array_store(var_dst, var_0, var_1, var_6);
}



extern "C" __global__ void add_images_a42aead8_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_img,
    wp::array_t<wp::float32> var_frame_b,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_img,
    wp::array_t<wp::float32> adj_frame_b,
    wp::array_t<wp::float32> adj_dst)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
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
        //---------
        // forward
        // def add_images(                                                                        <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // c = img[i, j]                                                                          <L 12>
        var_2 = wp::address(var_img, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = c - frame_b[i, j]                                                          <L 13>
        var_5 = wp::address(var_frame_b, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_3, var_7);
        // wp::array_store(var_dst, var_0, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_6, adj_dst, adj_0, adj_1, adj_6);
        wp::adj_sub(var_3, var_7, adj_3, adj_5, adj_6);
        wp::adj_address(var_frame_b, var_0, var_1, adj_frame_b, adj_0, adj_1, adj_5);
        // adj: dst[i, j] = c - frame_b[i, j]                                                     <L 13>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
        // adj: c = img[i, j]                                                                     <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def add_images(                                                                   <L 5>
        return;
}

