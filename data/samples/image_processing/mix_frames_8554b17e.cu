// Warp 1.19.0 cuda code for mix_frames_8554b17e.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// mix_frames.py:16
static CUDA_CALLABLE wp::vec_t<3, wp::float32> contrast_prev_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_k)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.5;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def contrast_prev(c: wp.vec3, k: float):                                               <L 17>
    // return (c - wp.vec3(0.5)) * k + wp.vec3(0.5)                                           <L 18>
    var_1 = wp::vec_t<3, wp::float32>(var_0);
    var_2 = wp::sub(var_c, var_1);
    var_3 = wp::mul(var_2, var_k);
    var_5 = wp::vec_t<3, wp::float32>(var_4);
    var_6 = wp::add(var_3, var_5);
    return var_6;
}


// mix_frames.py:16
static CUDA_CALLABLE void adj_contrast_prev_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.5;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def contrast_prev(c: wp.vec3, k: float):                                               <L 17>
    // return (c - wp.vec3(0.5)) * k + wp.vec3(0.5)                                           <L 18>
    var_1 = wp::vec_t<3, wp::float32>(var_0);
    var_2 = wp::sub(var_c, var_1);
    var_3 = wp::mul(var_2, var_k);
    var_5 = wp::vec_t<3, wp::float32>(var_4);
    var_6 = wp::add(var_3, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_add(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_vec_t(var_4, adj_4, adj_5);
    wp::adj_mul(var_2, var_k, adj_2, adj_k, adj_3);
    wp::adj_sub(var_c, var_1, adj_c, adj_1, adj_2);
    wp::adj_vec_t(var_0, adj_0, adj_1);
    // adj: return (c - wp.vec3(0.5)) * k + wp.vec3(0.5)                                      <L 18>
    // adj: def contrast_prev(c: wp.vec3, k: float):                                          <L 17>
    return;
}



extern "C" __global__ void mix_frames_0d1caf55_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_img,
    wp::array_t<wp::float32> var_img_b,
    wp::array_t<wp::float32> var_out,
    wp::float32 var_alpha)
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
        //---------
        // forward
        // def mix_frames(                                                                        <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // c_b = img_b[i, j]                                                                      <L 12>
        var_2 = wp::address(var_img_b, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // out[i, j] = wp.lerp(c_b, img[i, j], alpha)                                             <L 13>
        var_5 = wp::address(var_img, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::lerp(var_3, var_7, var_alpha);
        wp::array_store(var_out, var_0, var_1, var_6);
    }
}



extern "C" __global__ void mix_frames_0d1caf55_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_img,
    wp::array_t<wp::float32> var_img_b,
    wp::array_t<wp::float32> var_out,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> adj_img,
    wp::array_t<wp::float32> adj_img_b,
    wp::array_t<wp::float32> adj_out,
    wp::float32 adj_alpha)
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
        // def mix_frames(                                                                        <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // c_b = img_b[i, j]                                                                      <L 12>
        var_2 = wp::address(var_img_b, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // out[i, j] = wp.lerp(c_b, img[i, j], alpha)                                             <L 13>
        var_5 = wp::address(var_img, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::lerp(var_3, var_7, var_alpha);
        // wp::array_store(var_out, var_0, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_6, adj_out, adj_0, adj_1, adj_6);
        wp::adj_lerp(var_3, var_7, var_alpha, adj_3, adj_5, adj_alpha, adj_6);
        wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_5);
        // adj: out[i, j] = wp.lerp(c_b, img[i, j], alpha)                                        <L 13>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_img_b, var_0, var_1, adj_img_b, adj_0, adj_1, adj_2);
        // adj: c_b = img_b[i, j]                                                                 <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def mix_frames(                                                                   <L 5>
        continue;
    }
}



extern "C" __global__ void grade_image_ae2e21f1_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_active,
    wp::float32 var_contrast,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src)
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
        wp::int32* var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.0;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // forward
        // def grade_image(active: wp.array2d[int], contrast: float, src: wp.array2d[wp.vec3]):       <L 22>
        // i, j = wp.tid()                                                                        <L 24>
        builtin_tid2d(var_0, var_1);
        // if active[i, j] == 0:                                                                  <L 25>
        var_2 = wp::address(var_active, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 26>
            continue;
        }
        // c = src[i, j]                                                                          <L 27>
        var_6 = wp::address(var_src, var_0, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rgb = contrast_prev(c, contrast)                                                       <L 28>
        var_9 = contrast_prev_0(var_7, var_contrast);
        // src[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 29>
        var_11 = wp::extract(var_9, var_10);
        var_14 = wp::clamp(var_11, var_12, var_13);
        var_16 = wp::extract(var_9, var_15);
        var_19 = wp::clamp(var_16, var_17, var_18);
        var_21 = wp::extract(var_9, var_20);
        var_24 = wp::clamp(var_21, var_22, var_23);
        var_25 = wp::vec_t<3, wp::float32>(var_14, var_19, var_24);
        wp::array_store(var_src, var_0, var_1, var_25);
    }
}



extern "C" __global__ void grade_image_ae2e21f1_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_active,
    wp::float32 var_contrast,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::int32> adj_active,
    wp::float32 adj_contrast,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src)
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
        wp::int32* var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.0;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def grade_image(active: wp.array2d[int], contrast: float, src: wp.array2d[wp.vec3]):       <L 22>
        // i, j = wp.tid()                                                                        <L 24>
        builtin_tid2d(var_0, var_1);
        // if active[i, j] == 0:                                                                  <L 25>
        var_2 = wp::address(var_active, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 26>
            goto label0;
        }
        // c = src[i, j]                                                                          <L 27>
        var_6 = wp::address(var_src, var_0, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rgb = contrast_prev(c, contrast)                                                       <L 28>
        var_9 = contrast_prev_0(var_7, var_contrast);
        // src[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 29>
        var_11 = wp::extract(var_9, var_10);
        var_14 = wp::clamp(var_11, var_12, var_13);
        var_16 = wp::extract(var_9, var_15);
        var_19 = wp::clamp(var_16, var_17, var_18);
        var_21 = wp::extract(var_9, var_20);
        var_24 = wp::clamp(var_21, var_22, var_23);
        var_25 = wp::vec_t<3, wp::float32>(var_14, var_19, var_24);
        // wp::array_store(var_src, var_0, var_1, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_src, var_0, var_1, var_25, adj_src, adj_0, adj_1, adj_25);
        wp::adj_vec_t(var_14, var_19, var_24, adj_14, adj_19, adj_24, adj_25);
        wp::adj_clamp(var_21, var_22, var_23, adj_21, adj_22, adj_23, adj_24);
        wp::adj_extract(var_9, var_20, adj_9, adj_20, adj_21);
        wp::adj_clamp(var_16, var_17, var_18, adj_16, adj_17, adj_18, adj_19);
        wp::adj_extract(var_9, var_15, adj_9, adj_15, adj_16);
        wp::adj_clamp(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
        wp::adj_extract(var_9, var_10, adj_9, adj_10, adj_11);
        // adj: src[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))  <L 29>
        adj_contrast_prev_0(var_7, var_contrast, adj_7, adj_contrast, adj_9);
        // adj: rgb = contrast_prev(c, contrast)                                                  <L 28>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_6);
        // adj: c = src[i, j]                                                                     <L 27>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 26>
        }
        wp::adj_address(var_active, var_0, var_1, adj_active, adj_0, adj_1, adj_2);
        // adj: if active[i, j] == 0:                                                             <L 25>
        // adj: i, j = wp.tid()                                                                   <L 24>
        // adj: def grade_image(active: wp.array2d[int], contrast: float, src: wp.array2d[wp.vec3]):  <L 22>
        continue;
    }
}

