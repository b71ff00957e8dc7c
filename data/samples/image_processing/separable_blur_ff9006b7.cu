// Warp 1.19.0 cuda code for separable_blur_ff9006b7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void separable_blur_34b55061_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_image,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_tmp)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 2;
        wp::int32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<4, wp::float32> var_9;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::shape_t* var_19;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        wp::shape_t var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::vec_t<4, wp::float32>* var_30;
        wp::vec_t<4, wp::float32> var_31;
        wp::vec_t<4, wp::float32> var_32;
        wp::vec_t<4, wp::float32> var_33;
        //---------
        // forward
        // def separable_blur(image: wp.array2d[wp.vec4], weights: wp.array[float], tmp: wp.array2d[wp.vec4]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // radius = weights.shape[0] // 2                                                         <L 7>
        var_2 = &(var_weights.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::floordiv(var_4, var_6);
        // total = wp.vec4(0.0)                                                                   <L 8>
        var_9 = wp::vec_t<4, wp::float32>(var_8);
        // for k in range(2 * radius + 1):                                                        <L 9>
        var_11 = wp::mul(var_10, var_7);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::range(var_13);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
            // offset = k - radius                                                                <L 10>
            var_16 = wp::sub(var_15, var_7);
            // x = wp.clamp(i + offset, 0, image.shape[0] - 1)                                    <L 11>
            var_17 = wp::add(var_0, var_16);
            var_19 = &(var_image.shape);
            var_22 = wp::load(var_19);
            var_21 = wp::extract(var_22, var_20);
            var_24 = wp::sub(var_21, var_23);
            var_25 = wp::clamp(var_17, var_18, var_24);
            // w = weights[offset + radius]                                                       <L 12>
            var_26 = wp::add(var_16, var_7);
            var_27 = wp::address(var_weights, var_26);
            var_29 = wp::load(var_27);
            var_28 = wp::copy(var_29);
            // total += image[x, j] * w                                                           <L 13>
            var_30 = wp::address(var_image, var_25, var_1);
            var_32 = wp::load(var_30);
            var_31 = wp::mul(var_32, var_28);
            var_33 = wp::add(var_9, var_31);
            wp::assign(var_9, var_33);
            goto start_for_0;
        end_for_0:;
        // tmp[i, j] = total                                                                      <L 14>
        wp::array_store(var_tmp, var_0, var_1, var_9);
    }
}



extern "C" __global__ void separable_blur_34b55061_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_image,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_tmp,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_image,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_tmp)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 2;
        wp::int32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<4, wp::float32> var_9;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::shape_t* var_19;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        wp::shape_t var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::vec_t<4, wp::float32>* var_30;
        wp::vec_t<4, wp::float32> var_31;
        wp::vec_t<4, wp::float32> var_32;
        wp::vec_t<4, wp::float32> var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<4, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::shape_t adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<4, wp::float32> adj_30 = {};
        wp::vec_t<4, wp::float32> adj_31 = {};
        wp::vec_t<4, wp::float32> adj_32 = {};
        wp::vec_t<4, wp::float32> adj_33 = {};
        //---------
        // forward
        // def separable_blur(image: wp.array2d[wp.vec4], weights: wp.array[float], tmp: wp.array2d[wp.vec4]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // radius = weights.shape[0] // 2                                                         <L 7>
        var_2 = &(var_weights.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::floordiv(var_4, var_6);
        // total = wp.vec4(0.0)                                                                   <L 8>
        var_9 = wp::vec_t<4, wp::float32>(var_8);
        // for k in range(2 * radius + 1):                                                        <L 9>
        var_11 = wp::mul(var_10, var_7);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::range(var_13);
        // tmp[i, j] = total                                                                      <L 14>
        // wp::array_store(var_tmp, var_0, var_1, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_tmp, var_0, var_1, var_9, adj_tmp, adj_0, adj_1, adj_9);
        // adj: tmp[i, j] = total                                                                 <L 14>
        var_14 = wp::iter_reverse(var_14);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
            // offset = k - radius                                                                <L 10>
            var_16 = wp::sub(var_15, var_7);
            // x = wp.clamp(i + offset, 0, image.shape[0] - 1)                                    <L 11>
            var_17 = wp::add(var_0, var_16);
            var_19 = &(var_image.shape);
            var_22 = wp::load(var_19);
            var_21 = wp::extract(var_22, var_20);
            var_24 = wp::sub(var_21, var_23);
            var_25 = wp::clamp(var_17, var_18, var_24);
            // w = weights[offset + radius]                                                       <L 12>
            var_26 = wp::add(var_16, var_7);
            var_27 = wp::address(var_weights, var_26);
            var_29 = wp::load(var_27);
            var_28 = wp::copy(var_29);
            // total += image[x, j] * w                                                           <L 13>
            var_30 = wp::address(var_image, var_25, var_1);
            var_32 = wp::load(var_30);
            var_31 = wp::mul(var_32, var_28);
            var_33 = wp::add(var_9, var_31);
            wp::assign(var_9, var_33);
            wp::adj_assign(var_9, var_33, adj_9, adj_33);
            wp::adj_add(var_9, var_31, adj_9, adj_31, adj_33);
            wp::adj_mul(var_32, var_28, adj_30, adj_28, adj_31);
            wp::adj_address(var_image, var_25, var_1, adj_image, adj_25, adj_1, adj_30);
            // adj: total += image[x, j] * w                                                      <L 13>
            wp::adj_copy(var_29, adj_27, adj_28);
            wp::adj_address(var_weights, var_26, adj_weights, adj_26, adj_27);
            wp::adj_add(var_16, var_7, adj_16, adj_7, adj_26);
            // adj: w = weights[offset + radius]                                                  <L 12>
            wp::adj_clamp(var_17, var_18, var_24, adj_17, adj_18, adj_24, adj_25);
            wp::adj_sub(var_21, var_23, adj_21, adj_23, adj_24);
            adj_image.shape = adj_19;
            wp::adj_add(var_0, var_16, adj_0, adj_16, adj_17);
            // adj: x = wp.clamp(i + offset, 0, image.shape[0] - 1)                               <L 11>
            wp::adj_sub(var_15, var_7, adj_15, adj_7, adj_16);
            // adj: offset = k - radius                                                           <L 10>
        	goto start_for_0;
        end_for_0:;
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_mul(var_10, var_7, adj_10, adj_7, adj_11);
        // adj: for k in range(2 * radius + 1):                                                   <L 9>
        wp::adj_vec_t(var_8, adj_8, adj_9);
        // adj: total = wp.vec4(0.0)                                                              <L 8>
        adj_weights.shape = adj_2;
        // adj: radius = weights.shape[0] // 2                                                    <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def separable_blur(image: wp.array2d[wp.vec4], weights: wp.array[float], tmp: wp.array2d[wp.vec4]):  <L 5>
        continue;
    }
}

