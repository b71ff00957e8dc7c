// Warp 1.19.0 cuda code for alpha_blend_bcd24bfe.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void alpha_blend_1045bb39_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_image,
    wp::array_t<wp::vec_t<4, wp::float32>> var_background,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_result)
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
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        wp::vec_t<4, wp::float32>* var_5;
        wp::vec_t<4, wp::float32> var_6;
        wp::vec_t<4, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<4, wp::float32> var_11;
        //---------
        // forward
        // def alpha_blend(                                                                       <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // c = image[i, j]                                                                        <L 13>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // bg = background[i, j]                                                                  <L 14>
        var_5 = wp::address(var_background, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // alpha = weights[i, j]                                                                  <L 15>
        var_8 = wp::address(var_weights, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // result[i, j] = wp.lerp(bg, c, alpha)                                                   <L 16>
        var_11 = wp::lerp(var_6, var_3, var_9);
        wp::array_store(var_result, var_0, var_1, var_11);
    }
}



extern "C" __global__ void alpha_blend_1045bb39_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_image,
    wp::array_t<wp::vec_t<4, wp::float32>> var_background,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_result,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_image,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_background,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_result)
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
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        wp::vec_t<4, wp::float32>* var_5;
        wp::vec_t<4, wp::float32> var_6;
        wp::vec_t<4, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<4, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        wp::vec_t<4, wp::float32> adj_6 = {};
        wp::vec_t<4, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<4, wp::float32> adj_11 = {};
        //---------
        // forward
        // def alpha_blend(                                                                       <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // c = image[i, j]                                                                        <L 13>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // bg = background[i, j]                                                                  <L 14>
        var_5 = wp::address(var_background, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // alpha = weights[i, j]                                                                  <L 15>
        var_8 = wp::address(var_weights, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // result[i, j] = wp.lerp(bg, c, alpha)                                                   <L 16>
        var_11 = wp::lerp(var_6, var_3, var_9);
        // wp::array_store(var_result, var_0, var_1, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_1, var_11, adj_result, adj_0, adj_1, adj_11);
        wp::adj_lerp(var_6, var_3, var_9, adj_6, adj_3, adj_9, adj_11);
        // adj: result[i, j] = wp.lerp(bg, c, alpha)                                              <L 16>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_weights, var_0, var_1, adj_weights, adj_0, adj_1, adj_8);
        // adj: alpha = weights[i, j]                                                             <L 15>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_5);
        // adj: bg = background[i, j]                                                             <L 14>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
        // adj: c = image[i, j]                                                                   <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def alpha_blend(                                                                  <L 5>
        continue;
    }
}



extern "C" __global__ void tonemap_37b9ee37_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels)
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
        const wp::float32 var_2 = 1.0;
        const wp::float32 var_3 = 2.2;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        //---------
        // forward
        // def tonemap(pixels: wp.array2d[wp.vec3]):                                              <L 20>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // inv_gamma = 1.0 / 2.2                                                                  <L 22>
        var_4 = wp::div(var_2, var_3);
        // c = wp.max(pixels[i, j], wp.vec3(0.0))                                                 <L 23>
        var_5 = wp::address(var_pixels, var_0, var_1);
        var_7 = wp::vec_t<3, wp::float32>(var_6);
        var_9 = wp::load(var_5);
        var_8 = wp::max(var_9, var_7);
        // display = wp.vec3(wp.pow(c[0], inv_gamma), wp.pow(c[1], inv_gamma), wp.pow(c[2], inv_gamma))       <L 24>
        var_11 = wp::extract(var_8, var_10);
        var_12 = wp::pow(var_11, var_4);
        var_14 = wp::extract(var_8, var_13);
        var_15 = wp::pow(var_14, var_4);
        var_17 = wp::extract(var_8, var_16);
        var_18 = wp::pow(var_17, var_4);
        var_19 = wp::vec_t<3, wp::float32>(var_12, var_15, var_18);
        // rgb = display                                                                          <L 25>
        var_20 = wp::copy(var_19);
        // pixels[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 26>
        var_22 = wp::extract(var_20, var_21);
        var_25 = wp::clamp(var_22, var_23, var_24);
        var_27 = wp::extract(var_20, var_26);
        var_30 = wp::clamp(var_27, var_28, var_29);
        var_32 = wp::extract(var_20, var_31);
        var_35 = wp::clamp(var_32, var_33, var_34);
        var_36 = wp::vec_t<3, wp::float32>(var_25, var_30, var_35);
        wp::array_store(var_pixels, var_0, var_1, var_36);
    }
}



extern "C" __global__ void tonemap_37b9ee37_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels)
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
        const wp::float32 var_2 = 1.0;
        const wp::float32 var_3 = 2.2;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        //---------
        // forward
        // def tonemap(pixels: wp.array2d[wp.vec3]):                                              <L 20>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // inv_gamma = 1.0 / 2.2                                                                  <L 22>
        var_4 = wp::div(var_2, var_3);
        // c = wp.max(pixels[i, j], wp.vec3(0.0))                                                 <L 23>
        var_5 = wp::address(var_pixels, var_0, var_1);
        var_7 = wp::vec_t<3, wp::float32>(var_6);
        var_9 = wp::load(var_5);
        var_8 = wp::max(var_9, var_7);
        // display = wp.vec3(wp.pow(c[0], inv_gamma), wp.pow(c[1], inv_gamma), wp.pow(c[2], inv_gamma))       <L 24>
        var_11 = wp::extract(var_8, var_10);
        var_12 = wp::pow(var_11, var_4);
        var_14 = wp::extract(var_8, var_13);
        var_15 = wp::pow(var_14, var_4);
        var_17 = wp::extract(var_8, var_16);
        var_18 = wp::pow(var_17, var_4);
        var_19 = wp::vec_t<3, wp::float32>(var_12, var_15, var_18);
        // rgb = display                                                                          <L 25>
        var_20 = wp::copy(var_19);
        // pixels[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 26>
        var_22 = wp::extract(var_20, var_21);
        var_25 = wp::clamp(var_22, var_23, var_24);
        var_27 = wp::extract(var_20, var_26);
        var_30 = wp::clamp(var_27, var_28, var_29);
        var_32 = wp::extract(var_20, var_31);
        var_35 = wp::clamp(var_32, var_33, var_34);
        var_36 = wp::vec_t<3, wp::float32>(var_25, var_30, var_35);
        // wp::array_store(var_pixels, var_0, var_1, var_36);
        //---------
        // reverse
        wp::adj_array_store(var_pixels, var_0, var_1, var_36, adj_pixels, adj_0, adj_1, adj_36);
        wp::adj_vec_t(var_25, var_30, var_35, adj_25, adj_30, adj_35, adj_36);
        wp::adj_clamp(var_32, var_33, var_34, adj_32, adj_33, adj_34, adj_35);
        wp::adj_extract(var_20, var_31, adj_20, adj_31, adj_32);
        wp::adj_clamp(var_27, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
        wp::adj_extract(var_20, var_26, adj_20, adj_26, adj_27);
        wp::adj_clamp(var_22, var_23, var_24, adj_22, adj_23, adj_24, adj_25);
        wp::adj_extract(var_20, var_21, adj_20, adj_21, adj_22);
        // adj: pixels[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))  <L 26>
        wp::adj_copy(var_19, adj_19, adj_20);
        // adj: rgb = display                                                                     <L 25>
        wp::adj_vec_t(var_12, var_15, var_18, adj_12, adj_15, adj_18, adj_19);
        wp::adj_pow(var_17, var_4, var_18, adj_17, adj_4, adj_18);
        wp::adj_extract(var_8, var_16, adj_8, adj_16, adj_17);
        wp::adj_pow(var_14, var_4, var_15, adj_14, adj_4, adj_15);
        wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_pow(var_11, var_4, var_12, adj_11, adj_4, adj_12);
        wp::adj_extract(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: display = wp.vec3(wp.pow(c[0], inv_gamma), wp.pow(c[1], inv_gamma), wp.pow(c[2], inv_gamma))  <L 24>
        wp::adj_max(var_9, var_7, adj_5, adj_7, adj_8);
        wp::adj_vec_t(var_6, adj_6, adj_7);
        wp::adj_address(var_pixels, var_0, var_1, adj_pixels, adj_0, adj_1, adj_5);
        // adj: c = wp.max(pixels[i, j], wp.vec3(0.0))                                            <L 23>
        wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
        // adj: inv_gamma = 1.0 / 2.2                                                             <L 22>
        // adj: i, j = wp.tid()                                                                   <L 21>
        // adj: def tonemap(pixels: wp.array2d[wp.vec3]):                                         <L 20>
        continue;
    }
}



extern "C" __global__ void binarize_81c66ded_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::float32 var_cutoff,
    wp::array_t<wp::float32> var_alpha_mask)
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
        bool var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        bool var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // forward
        // def binarize(                                                                          <L 58>
        // i, j = wp.tid()                                                                        <L 64>
        builtin_tid2d(var_0, var_1);
        // w = inv_masses[i, j]                                                                   <L 65>
        var_2 = wp::address(var_inv_masses, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if w == 0.0:                                                                           <L 67>
        var_6 = (var_3 == var_5);
        if (var_6) {
            // return                                                                             <L 68>
            continue;
        }
        // rgb = pixels[i, j]                                                                     <L 69>
        var_7 = wp::address(var_pixels, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // brightness = wp.max(rgb)                                                               <L 70>
        var_10 = wp::max(var_8);
        // if brightness >= cutoff:                                                               <L 71>
        var_11 = (var_10 >= var_cutoff);
        if (var_11) {
            // alpha_mask[i, j] = 1.0                                                             <L 72>
            wp::array_store(var_alpha_mask, var_0, var_1, var_12);
        }
        if (!var_11) {
            // alpha_mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)                 <L 74>
            var_14 = wp::mul(var_13, var_cutoff);
            var_15 = wp::smoothstep(var_14, var_cutoff, var_10);
            wp::array_store(var_alpha_mask, var_0, var_1, var_15);
        }
    }
}



extern "C" __global__ void binarize_81c66ded_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::float32 var_cutoff,
    wp::array_t<wp::float32> var_alpha_mask,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels,
    wp::float32 adj_cutoff,
    wp::array_t<wp::float32> adj_alpha_mask)
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
        bool var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        bool var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def binarize(                                                                          <L 58>
        // i, j = wp.tid()                                                                        <L 64>
        builtin_tid2d(var_0, var_1);
        // w = inv_masses[i, j]                                                                   <L 65>
        var_2 = wp::address(var_inv_masses, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if w == 0.0:                                                                           <L 67>
        var_6 = (var_3 == var_5);
        if (var_6) {
            // return                                                                             <L 68>
            goto label0;
        }
        // rgb = pixels[i, j]                                                                     <L 69>
        var_7 = wp::address(var_pixels, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // brightness = wp.max(rgb)                                                               <L 70>
        var_10 = wp::max(var_8);
        // if brightness >= cutoff:                                                               <L 71>
        var_11 = (var_10 >= var_cutoff);
        if (var_11) {
            // alpha_mask[i, j] = 1.0                                                             <L 72>
            // wp::array_store(var_alpha_mask, var_0, var_1, var_12);
        }
        if (!var_11) {
            // alpha_mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)                 <L 74>
            var_14 = wp::mul(var_13, var_cutoff);
            var_15 = wp::smoothstep(var_14, var_cutoff, var_10);
            // wp::array_store(var_alpha_mask, var_0, var_1, var_15);
        }
        //---------
        // reverse
        if (!var_11) {
            wp::adj_array_store(var_alpha_mask, var_0, var_1, var_15, adj_alpha_mask, adj_0, adj_1, adj_15);
            wp::adj_smoothstep(var_14, var_cutoff, var_10, adj_14, adj_cutoff, adj_10, adj_15);
            wp::adj_mul(var_13, var_cutoff, adj_13, adj_cutoff, adj_14);
            // adj: alpha_mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)            <L 74>
        }
        if (var_11) {
            wp::adj_array_store(var_alpha_mask, var_0, var_1, var_12, adj_alpha_mask, adj_0, adj_1, adj_12);
            // adj: alpha_mask[i, j] = 1.0                                                        <L 72>
        }
        // adj: if brightness >= cutoff:                                                          <L 71>
        wp::adj_max(var_8, adj_8, adj_10);
        // adj: brightness = wp.max(rgb)                                                          <L 70>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_pixels, var_0, var_1, adj_pixels, adj_0, adj_1, adj_7);
        // adj: rgb = pixels[i, j]                                                                <L 69>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 68>
        }
        // adj: if w == 0.0:                                                                      <L 67>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_inv_masses, var_0, var_1, adj_inv_masses, adj_0, adj_1, adj_2);
        // adj: w = inv_masses[i, j]                                                              <L 65>
        // adj: i, j = wp.tid()                                                                   <L 64>
        // adj: def binarize(                                                                     <L 58>
        continue;
    }
}



extern "C" __global__ void adjust_image_bb907c34_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_gray,
    wp::float32 var_amount,
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
        const wp::float32 var_3 = 2.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def adjust_image(gray: wp.array2d[float], amount: float, img_out: wp.array2d[float]):       <L 30>
        // i, j = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // img_out[i, j] = gray[i, j] * wp.pow(2.0, amount)                                       <L 34>
        var_2 = wp::address(var_gray, var_0, var_1);
        var_4 = wp::pow(var_3, var_amount);
        var_6 = wp::load(var_2);
        var_5 = wp::mul(var_6, var_4);
        wp::array_store(var_img_out, var_0, var_1, var_5);
    }
}



extern "C" __global__ void adjust_image_bb907c34_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_gray,
    wp::float32 var_amount,
    wp::array_t<wp::float32> var_img_out,
    wp::array_t<wp::float32> adj_gray,
    wp::float32 adj_amount,
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
        const wp::float32 var_3 = 2.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def adjust_image(gray: wp.array2d[float], amount: float, img_out: wp.array2d[float]):       <L 30>
        // i, j = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // img_out[i, j] = gray[i, j] * wp.pow(2.0, amount)                                       <L 34>
        var_2 = wp::address(var_gray, var_0, var_1);
        var_4 = wp::pow(var_3, var_amount);
        var_6 = wp::load(var_2);
        var_5 = wp::mul(var_6, var_4);
        // wp::array_store(var_img_out, var_0, var_1, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_img_out, var_0, var_1, var_5, adj_img_out, adj_0, adj_1, adj_5);
        wp::adj_mul(var_6, var_4, adj_2, adj_4, adj_5);
        wp::adj_pow(var_3, var_amount, var_4, adj_3, adj_amount, adj_4);
        wp::adj_address(var_gray, var_0, var_1, adj_gray, adj_0, adj_1, adj_2);
        // adj: img_out[i, j] = gray[i, j] * wp.pow(2.0, amount)                                  <L 34>
        // adj: i, j = wp.tid()                                                                   <L 31>
        // adj: def adjust_image(gray: wp.array2d[float], amount: float, img_out: wp.array2d[float]):  <L 30>
        continue;
    }
}



extern "C" __global__ void extract_highlights_c4a113e3_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels_out)
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
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 1;
        bool var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 0.2126;
        const wp::float32 var_11 = 0.7152;
        const wp::float32 var_12 = 0.0722;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.008856;
        bool var_18;
        const wp::float32 var_19 = 1.16;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.16;
        wp::float32 var_23;
        const wp::float32 var_24 = 9.033;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.5;
        const wp::float32 var_28 = 0.5;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0;
        const wp::float32 var_34 = 2.0;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 4.0;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.0001;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.5;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 0.0001;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        //---------
        // forward
        // def extract_highlights(                                                                <L 38>
        // i, j = wp.tid()                                                                        <L 43>
        builtin_tid2d(var_0, var_1);
        // flag = mask[i, j]                                                                      <L 44>
        var_2 = wp::address(var_mask, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if flag != 1:                                                                          <L 45>
        var_6 = (var_3 != var_5);
        if (var_6) {
            // return                                                                             <L 46>
            continue;
        }
        // color = pixels[i, j]                                                                   <L 47>
        var_7 = wp::address(var_pixels, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // luma = wp.max(wp.dot(color, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                     <L 48>
        var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
        var_14 = wp::dot(var_8, var_13);
        var_16 = wp::max(var_14, var_15);
        // l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)          <L 49>
        var_18 = (var_16 > var_17);
        var_20 = wp::cbrt(var_16);
        var_21 = wp::mul(var_19, var_20);
        var_23 = wp::sub(var_21, var_22);
        var_25 = wp::mul(var_24, var_16);
        var_26 = wp::where(var_18, var_23, var_25);
        // knee = 0.5 * 0.5                                                                       <L 50>
        var_29 = wp::mul(var_27, var_28);
        // soft = wp.clamp(l_star - 0.5 + knee, 0.0, 2.0 * knee)                                  <L 51>
        var_31 = wp::sub(var_26, var_30);
        var_32 = wp::add(var_31, var_29);
        var_35 = wp::mul(var_34, var_29);
        var_36 = wp::clamp(var_32, var_33, var_35);
        // soft = soft * soft / (4.0 * knee + 1.0e-4)                                             <L 52>
        var_37 = wp::mul(var_36, var_36);
        var_39 = wp::mul(var_38, var_29);
        var_41 = wp::add(var_39, var_40);
        var_42 = wp::div(var_37, var_41);
        // contribution = wp.max(soft, l_star - 0.5) / wp.max(l_star, 1.0e-4)                     <L 53>
        var_44 = wp::sub(var_26, var_43);
        var_45 = wp::max(var_42, var_44);
        var_47 = wp::max(var_26, var_46);
        var_48 = wp::div(var_45, var_47);
        // pixels_out[i, j] = color * contribution                                                <L 54>
        var_49 = wp::mul(var_8, var_48);
        wp::array_store(var_pixels_out, var_0, var_1, var_49);
    }
}



extern "C" __global__ void extract_highlights_c4a113e3_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels_out,
    wp::array_t<wp::int32> adj_mask,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels_out)
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
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 1;
        bool var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 0.2126;
        const wp::float32 var_11 = 0.7152;
        const wp::float32 var_12 = 0.0722;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.008856;
        bool var_18;
        const wp::float32 var_19 = 1.16;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.16;
        wp::float32 var_23;
        const wp::float32 var_24 = 9.033;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.5;
        const wp::float32 var_28 = 0.5;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0;
        const wp::float32 var_34 = 2.0;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 4.0;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.0001;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.5;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 0.0001;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        //---------
        // forward
        // def extract_highlights(                                                                <L 38>
        // i, j = wp.tid()                                                                        <L 43>
        builtin_tid2d(var_0, var_1);
        // flag = mask[i, j]                                                                      <L 44>
        var_2 = wp::address(var_mask, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if flag != 1:                                                                          <L 45>
        var_6 = (var_3 != var_5);
        if (var_6) {
            // return                                                                             <L 46>
            goto label0;
        }
        // color = pixels[i, j]                                                                   <L 47>
        var_7 = wp::address(var_pixels, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // luma = wp.max(wp.dot(color, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                     <L 48>
        var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
        var_14 = wp::dot(var_8, var_13);
        var_16 = wp::max(var_14, var_15);
        // l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)          <L 49>
        var_18 = (var_16 > var_17);
        var_20 = wp::cbrt(var_16);
        var_21 = wp::mul(var_19, var_20);
        var_23 = wp::sub(var_21, var_22);
        var_25 = wp::mul(var_24, var_16);
        var_26 = wp::where(var_18, var_23, var_25);
        // knee = 0.5 * 0.5                                                                       <L 50>
        var_29 = wp::mul(var_27, var_28);
        // soft = wp.clamp(l_star - 0.5 + knee, 0.0, 2.0 * knee)                                  <L 51>
        var_31 = wp::sub(var_26, var_30);
        var_32 = wp::add(var_31, var_29);
        var_35 = wp::mul(var_34, var_29);
        var_36 = wp::clamp(var_32, var_33, var_35);
        // soft = soft * soft / (4.0 * knee + 1.0e-4)                                             <L 52>
        var_37 = wp::mul(var_36, var_36);
        var_39 = wp::mul(var_38, var_29);
        var_41 = wp::add(var_39, var_40);
        var_42 = wp::div(var_37, var_41);
        // contribution = wp.max(soft, l_star - 0.5) / wp.max(l_star, 1.0e-4)                     <L 53>
        var_44 = wp::sub(var_26, var_43);
        var_45 = wp::max(var_42, var_44);
        var_47 = wp::max(var_26, var_46);
        var_48 = wp::div(var_45, var_47);
        // pixels_out[i, j] = color * contribution                                                <L 54>
        var_49 = wp::mul(var_8, var_48);
        // wp::array_store(var_pixels_out, var_0, var_1, var_49);
        //---------
        // reverse
        wp::adj_array_store(var_pixels_out, var_0, var_1, var_49, adj_pixels_out, adj_0, adj_1, adj_49);
        wp::adj_mul(var_8, var_48, adj_8, adj_48, adj_49);
        // adj: pixels_out[i, j] = color * contribution                                           <L 54>
        wp::adj_div(var_45, var_47, var_48, adj_45, adj_47, adj_48);
        wp::adj_max(var_26, var_46, adj_26, adj_46, adj_47);
        wp::adj_max(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_sub(var_26, var_43, adj_26, adj_43, adj_44);
        // adj: contribution = wp.max(soft, l_star - 0.5) / wp.max(l_star, 1.0e-4)                <L 53>
        wp::adj_div(var_37, var_41, var_42, adj_37, adj_41, adj_42);
        wp::adj_add(var_39, var_40, adj_39, adj_40, adj_41);
        wp::adj_mul(var_38, var_29, adj_38, adj_29, adj_39);
        wp::adj_mul(var_36, var_36, adj_36, adj_36, adj_37);
        // adj: soft = soft * soft / (4.0 * knee + 1.0e-4)                                        <L 52>
        wp::adj_clamp(var_32, var_33, var_35, adj_32, adj_33, adj_35, adj_36);
        wp::adj_mul(var_34, var_29, adj_34, adj_29, adj_35);
        wp::adj_add(var_31, var_29, adj_31, adj_29, adj_32);
        wp::adj_sub(var_26, var_30, adj_26, adj_30, adj_31);
        // adj: soft = wp.clamp(l_star - 0.5 + knee, 0.0, 2.0 * knee)                             <L 51>
        wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
        // adj: knee = 0.5 * 0.5                                                                  <L 50>
        wp::adj_where(var_18, var_23, var_25, adj_18, adj_23, adj_25, adj_26);
        wp::adj_mul(var_24, var_16, adj_24, adj_16, adj_25);
        wp::adj_sub(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_cbrt(var_16, var_20, adj_16, adj_20);
        // adj: l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)     <L 49>
        wp::adj_max(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_dot(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
        // adj: luma = wp.max(wp.dot(color, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                <L 48>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_pixels, var_0, var_1, adj_pixels, adj_0, adj_1, adj_7);
        // adj: color = pixels[i, j]                                                              <L 47>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 46>
        }
        // adj: if flag != 1:                                                                     <L 45>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_mask, var_0, var_1, adj_mask, adj_0, adj_1, adj_2);
        // adj: flag = mask[i, j]                                                                 <L 44>
        // adj: i, j = wp.tid()                                                                   <L 43>
        // adj: def extract_highlights(                                                           <L 38>
        continue;
    }
}

