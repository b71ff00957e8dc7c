// Warp 1.19.0 cuda code for binarize_321b43a8.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void binarize_b6aac44d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::array_t<wp::float32> var_mask,
    wp::float32 var_luma_threshold)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.299;
        const wp::float32 var_6 = 0.587;
        const wp::float32 var_7 = 0.114;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        bool var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def binarize(image: wp.array2d[wp.vec3], mask: wp.array2d[float], luma_threshold: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // c = image[i, j]                                                                        <L 7>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                          <L 10>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::dot(var_3, var_8);
        // if lum >= luma_threshold:                                                              <L 11>
        var_10 = (var_9 >= var_luma_threshold);
        if (var_10) {
            // mask[i, j] = 1.0                                                                   <L 12>
            wp::array_store(var_mask, var_0, var_1, var_11);
        }
        if (!var_10) {
            // mask[i, j] = wp.smoothstep(0.5 * luma_threshold, luma_threshold, lum)              <L 14>
            var_13 = wp::mul(var_12, var_luma_threshold);
            var_14 = wp::smoothstep(var_13, var_luma_threshold, var_9);
            wp::array_store(var_mask, var_0, var_1, var_14);
        }
}



extern "C" __global__ void binarize_b6aac44d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::array_t<wp::float32> var_mask,
    wp::float32 var_luma_threshold,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image,
    wp::array_t<wp::float32> adj_mask,
    wp::float32 adj_luma_threshold)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.299;
        const wp::float32 var_6 = 0.587;
        const wp::float32 var_7 = 0.114;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        bool var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def binarize(image: wp.array2d[wp.vec3], mask: wp.array2d[float], luma_threshold: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // c = image[i, j]                                                                        <L 7>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                          <L 10>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::dot(var_3, var_8);
        // if lum >= luma_threshold:                                                              <L 11>
        var_10 = (var_9 >= var_luma_threshold);
        if (var_10) {
            // mask[i, j] = 1.0                                                                   <L 12>
            // wp::array_store(var_mask, var_0, var_1, var_11);
        }
        if (!var_10) {
            // mask[i, j] = wp.smoothstep(0.5 * luma_threshold, luma_threshold, lum)              <L 14>
            var_13 = wp::mul(var_12, var_luma_threshold);
            var_14 = wp::smoothstep(var_13, var_luma_threshold, var_9);
            // wp::array_store(var_mask, var_0, var_1, var_14);
        }
        //---------
        // reverse
        if (!var_10) {
            wp::adj_array_store(var_mask, var_0, var_1, var_14, adj_mask, adj_0, adj_1, adj_14);
            wp::adj_smoothstep(var_13, var_luma_threshold, var_9, adj_13, adj_luma_threshold, adj_9, adj_14);
            wp::adj_mul(var_12, var_luma_threshold, adj_12, adj_luma_threshold, adj_13);
            // adj: mask[i, j] = wp.smoothstep(0.5 * luma_threshold, luma_threshold, lum)         <L 14>
        }
        if (var_10) {
            wp::adj_array_store(var_mask, var_0, var_1, var_11, adj_mask, adj_0, adj_1, adj_11);
            // adj: mask[i, j] = 1.0                                                              <L 12>
        }
        // adj: if lum >= luma_threshold:                                                         <L 11>
        wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        // adj: lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                     <L 10>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
        // adj: c = image[i, j]                                                                   <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def binarize(image: wp.array2d[wp.vec3], mask: wp.array2d[float], luma_threshold: float):  <L 5>
        return;
}

