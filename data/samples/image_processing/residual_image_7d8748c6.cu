// Warp 1.19.0 cuda code for residual_image_7d8748c6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void tone_adjust_02bd6f83_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_src,
    wp::float32 var_k,
    wp::array_t<wp::float32> var_img_out)
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
        const wp::float32 var_5 = 2.0;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def tone_adjust(src: wp.array2d[float], k: float, img_out: wp.array2d[float]):         <L 12>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // p = src[i, j]                                                                          <L 14>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // img_out[i, j] = p * wp.pow(2.0, k)                                                     <L 15>
        var_6 = wp::pow(var_5, var_k);
        var_7 = wp::mul(var_3, var_6);
        wp::array_store(var_img_out, var_0, var_1, var_7);
    }
}



extern "C" __global__ void tone_adjust_02bd6f83_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_src,
    wp::float32 var_k,
    wp::array_t<wp::float32> var_img_out,
    wp::array_t<wp::float32> adj_src,
    wp::float32 adj_k,
    wp::array_t<wp::float32> adj_img_out)
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
        const wp::float32 var_5 = 2.0;
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
        // def tone_adjust(src: wp.array2d[float], k: float, img_out: wp.array2d[float]):         <L 12>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // p = src[i, j]                                                                          <L 14>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // img_out[i, j] = p * wp.pow(2.0, k)                                                     <L 15>
        var_6 = wp::pow(var_5, var_k);
        var_7 = wp::mul(var_3, var_6);
        // wp::array_store(var_img_out, var_0, var_1, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_img_out, var_0, var_1, var_7, adj_img_out, adj_0, adj_1, adj_7);
        wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_pow(var_5, var_k, var_6, adj_5, adj_k, adj_6);
        // adj: img_out[i, j] = p * wp.pow(2.0, k)                                                <L 15>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
        // adj: p = src[i, j]                                                                     <L 14>
        // adj: i, j = wp.tid()                                                                   <L 13>
        // adj: def tone_adjust(src: wp.array2d[float], k: float, img_out: wp.array2d[float]):    <L 12>
        continue;
    }
}



extern "C" __global__ void highlight_mask_83b19934_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::array_t<wp::float32> var_mask)
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
        const wp::int32 var_3 = 1;
        bool var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::float32 var_9 = 0.2126;
        const wp::float32 var_10 = 0.7152;
        const wp::float32 var_11 = 0.0722;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.008856;
        bool var_17;
        const wp::float32 var_18 = 1.16;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.16;
        wp::float32 var_22;
        const wp::float32 var_23 = 9.033;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.5;
        bool var_27;
        const wp::float32 var_28 = 1.0;
        const wp::float32 var_29 = 0.5;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.5;
        wp::float32 var_33;
        //---------
        // forward
        // def highlight_mask(                                                                    <L 19>
        // i, j = wp.tid()                                                                        <L 24>
        builtin_tid2d(var_0, var_1);
        // if particle_flags[i, j] != 1:                                                          <L 25>
        var_2 = wp::address(var_particle_flags, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 != var_3);
        if (var_4) {
            // return                                                                             <L 26>
            continue;
        }
        // c = pixels[i, j]                                                                       <L 27>
        var_6 = wp::address(var_pixels, var_0, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                         <L 28>
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = wp::dot(var_7, var_12);
        var_15 = wp::max(var_13, var_14);
        // l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)          <L 29>
        var_17 = (var_15 > var_16);
        var_19 = wp::cbrt(var_15);
        var_20 = wp::mul(var_18, var_19);
        var_22 = wp::sub(var_20, var_21);
        var_24 = wp::mul(var_23, var_15);
        var_25 = wp::where(var_17, var_22, var_24);
        // if l_star >= 0.5:                                                                      <L 30>
        var_27 = (var_25 >= var_26);
        if (var_27) {
            // mask[i, j] = 1.0                                                                   <L 31>
            wp::array_store(var_mask, var_0, var_1, var_28);
        }
        if (!var_27) {
            // mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, l_star)                                 <L 33>
            var_31 = wp::mul(var_29, var_30);
            var_33 = wp::smoothstep(var_31, var_32, var_25);
            wp::array_store(var_mask, var_0, var_1, var_33);
        }
    }
}



extern "C" __global__ void highlight_mask_83b19934_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::array_t<wp::float32> var_mask,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels,
    wp::array_t<wp::float32> adj_mask)
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
        const wp::int32 var_3 = 1;
        bool var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::float32 var_9 = 0.2126;
        const wp::float32 var_10 = 0.7152;
        const wp::float32 var_11 = 0.0722;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.008856;
        bool var_17;
        const wp::float32 var_18 = 1.16;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.16;
        wp::float32 var_22;
        const wp::float32 var_23 = 9.033;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.5;
        bool var_27;
        const wp::float32 var_28 = 1.0;
        const wp::float32 var_29 = 0.5;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.5;
        wp::float32 var_33;
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
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        //---------
        // forward
        // def highlight_mask(                                                                    <L 19>
        // i, j = wp.tid()                                                                        <L 24>
        builtin_tid2d(var_0, var_1);
        // if particle_flags[i, j] != 1:                                                          <L 25>
        var_2 = wp::address(var_particle_flags, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 != var_3);
        if (var_4) {
            // return                                                                             <L 26>
            goto label0;
        }
        // c = pixels[i, j]                                                                       <L 27>
        var_6 = wp::address(var_pixels, var_0, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                         <L 28>
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = wp::dot(var_7, var_12);
        var_15 = wp::max(var_13, var_14);
        // l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)          <L 29>
        var_17 = (var_15 > var_16);
        var_19 = wp::cbrt(var_15);
        var_20 = wp::mul(var_18, var_19);
        var_22 = wp::sub(var_20, var_21);
        var_24 = wp::mul(var_23, var_15);
        var_25 = wp::where(var_17, var_22, var_24);
        // if l_star >= 0.5:                                                                      <L 30>
        var_27 = (var_25 >= var_26);
        if (var_27) {
            // mask[i, j] = 1.0                                                                   <L 31>
            // wp::array_store(var_mask, var_0, var_1, var_28);
        }
        if (!var_27) {
            // mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, l_star)                                 <L 33>
            var_31 = wp::mul(var_29, var_30);
            var_33 = wp::smoothstep(var_31, var_32, var_25);
            // wp::array_store(var_mask, var_0, var_1, var_33);
        }
        //---------
        // reverse
        if (!var_27) {
            wp::adj_array_store(var_mask, var_0, var_1, var_33, adj_mask, adj_0, adj_1, adj_33);
            wp::adj_smoothstep(var_31, var_32, var_25, adj_31, adj_32, adj_25, adj_33);
            wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
            // adj: mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, l_star)                            <L 33>
        }
        if (var_27) {
            wp::adj_array_store(var_mask, var_0, var_1, var_28, adj_mask, adj_0, adj_1, adj_28);
            // adj: mask[i, j] = 1.0                                                              <L 31>
        }
        // adj: if l_star >= 0.5:                                                                 <L 30>
        wp::adj_where(var_17, var_22, var_24, adj_17, adj_22, adj_24, adj_25);
        wp::adj_mul(var_23, var_15, adj_23, adj_15, adj_24);
        wp::adj_sub(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_cbrt(var_15, var_19, adj_15, adj_19);
        // adj: l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)     <L 29>
        wp::adj_max(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_dot(var_7, var_12, adj_7, adj_12, adj_13);
        wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
        // adj: luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                    <L 28>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_pixels, var_0, var_1, adj_pixels, adj_0, adj_1, adj_6);
        // adj: c = pixels[i, j]                                                                  <L 27>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 26>
        }
        wp::adj_address(var_particle_flags, var_0, var_1, adj_particle_flags, adj_0, adj_1, adj_2);
        // adj: if particle_flags[i, j] != 1:                                                     <L 25>
        // adj: i, j = wp.tid()                                                                   <L 24>
        // adj: def highlight_mask(                                                               <L 19>
        continue;
    }
}



extern "C" __global__ void residual_image_d442bdc6_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_img,
    wp::array_t<wp::vec_t<4, wp::float32>> var_img_b,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32>* var_3;
        wp::vec_t<4, wp::float32> var_4;
        wp::vec_t<4, wp::float32> var_5;
        wp::vec_t<4, wp::float32> var_6;
        //---------
        // forward
        // def residual_image(img: wp.array2d[wp.vec4], img_b: wp.array2d[wp.vec4], out: wp.array2d[wp.vec4]):       <L 5>
        // i, j = wp.tid()                                                                        <L 7>
        builtin_tid2d(var_0, var_1);
        // out[i, j] = img[i, j] - img_b[i, j]                                                    <L 8>
        var_2 = wp::address(var_img, var_0, var_1);
        var_3 = wp::address(var_img_b, var_0, var_1);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::sub(var_5, var_6);
        wp::array_store(var_out, var_0, var_1, var_4);
    }
}



extern "C" __global__ void residual_image_d442bdc6_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_img,
    wp::array_t<wp::vec_t<4, wp::float32>> var_img_b,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_img,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_img_b,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32>* var_3;
        wp::vec_t<4, wp::float32> var_4;
        wp::vec_t<4, wp::float32> var_5;
        wp::vec_t<4, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        wp::vec_t<4, wp::float32> adj_6 = {};
        //---------
        // forward
        // def residual_image(img: wp.array2d[wp.vec4], img_b: wp.array2d[wp.vec4], out: wp.array2d[wp.vec4]):       <L 5>
        // i, j = wp.tid()                                                                        <L 7>
        builtin_tid2d(var_0, var_1);
        // out[i, j] = img[i, j] - img_b[i, j]                                                    <L 8>
        var_2 = wp::address(var_img, var_0, var_1);
        var_3 = wp::address(var_img_b, var_0, var_1);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::sub(var_5, var_6);
        // wp::array_store(var_out, var_0, var_1, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_4, adj_out, adj_0, adj_1, adj_4);
        wp::adj_sub(var_5, var_6, adj_2, adj_3, adj_4);
        wp::adj_address(var_img_b, var_0, var_1, adj_img_b, adj_0, adj_1, adj_3);
        wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
        // adj: out[i, j] = img[i, j] - img_b[i, j]                                               <L 8>
        // adj: i, j = wp.tid()                                                                   <L 7>
        // adj: def residual_image(img: wp.array2d[wp.vec4], img_b: wp.array2d[wp.vec4], out: wp.array2d[wp.vec4]):  <L 5>
        continue;
    }
}

