// Warp 1.19.0 cuda code for binarize_04837627.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void binarize_9f3aafab_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::array_t<wp::float32> var_mask,
    wp::float32 var_cutoff)
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
        wp::float32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        bool var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def binarize(pixels: wp.array2d(dtype=wp.vec3), mask: wp.array2d(dtype=float), cutoff: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // brightness = wp.max(pixels[i, j])                                                      <L 7>
        var_2 = wp::address(var_pixels, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::max(var_4);
        // if brightness >= cutoff:                                                               <L 8>
        var_5 = (var_3 >= var_cutoff);
        if (var_5) {
            // mask[i, j] = 1.0                                                                   <L 9>
            wp::array_store(var_mask, var_0, var_1, var_6);
        }
        if (!var_5) {
            // mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)                       <L 11>
            var_8 = wp::mul(var_7, var_cutoff);
            var_9 = wp::smoothstep(var_8, var_cutoff, var_3);
            wp::array_store(var_mask, var_0, var_1, var_9);
        }
}



extern "C" __global__ void binarize_9f3aafab_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::array_t<wp::float32> var_mask,
    wp::float32 var_cutoff,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels,
    wp::array_t<wp::float32> adj_mask,
    wp::float32 adj_cutoff)
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
        wp::float32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        bool var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def binarize(pixels: wp.array2d(dtype=wp.vec3), mask: wp.array2d(dtype=float), cutoff: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // brightness = wp.max(pixels[i, j])                                                      <L 7>
        var_2 = wp::address(var_pixels, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::max(var_4);
        // if brightness >= cutoff:                                                               <L 8>
        var_5 = (var_3 >= var_cutoff);
        if (var_5) {
            // mask[i, j] = 1.0                                                                   <L 9>
            // wp::array_store(var_mask, var_0, var_1, var_6);
        }
        if (!var_5) {
            // mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)                       <L 11>
            var_8 = wp::mul(var_7, var_cutoff);
            var_9 = wp::smoothstep(var_8, var_cutoff, var_3);
            // wp::array_store(var_mask, var_0, var_1, var_9);
        }
        //---------
        // reverse
        if (!var_5) {
            wp::adj_array_store(var_mask, var_0, var_1, var_9, adj_mask, adj_0, adj_1, adj_9);
            wp::adj_smoothstep(var_8, var_cutoff, var_3, adj_8, adj_cutoff, adj_3, adj_9);
            wp::adj_mul(var_7, var_cutoff, adj_7, adj_cutoff, adj_8);
            // adj: mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)                  <L 11>
        }
        if (var_5) {
            wp::adj_array_store(var_mask, var_0, var_1, var_6, adj_mask, adj_0, adj_1, adj_6);
            // adj: mask[i, j] = 1.0                                                              <L 9>
        }
        // adj: if brightness >= cutoff:                                                          <L 8>
        wp::adj_max(var_4, adj_2, adj_3);
        wp::adj_address(var_pixels, var_0, var_1, adj_pixels, adj_0, adj_1, adj_2);
        // adj: brightness = wp.max(pixels[i, j])                                                 <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def binarize(pixels: wp.array2d(dtype=wp.vec3), mask: wp.array2d(dtype=float), cutoff: float):  <L 5>
        return;
}

