// Warp 1.19.0 cuda code for separable_blur_a8ced654.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void separable_blur_fa4d6638_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_src,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_blurred)
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
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<4, wp::float32> var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<4, wp::float32>* var_32;
        wp::vec_t<4, wp::float32> var_33;
        wp::vec_t<4, wp::float32> var_34;
        wp::vec_t<4, wp::float32> var_35;
        //---------
        // forward
        // def separable_blur(                                                                    <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // radius = (weights.shape[0] - 1) // 2                                                   <L 11>
        var_2 = &(var_weights.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::sub(var_4, var_6);
        var_9 = wp::floordiv(var_7, var_8);
        // total = wp.vec4(0.0)                                                                   <L 12>
        var_11 = wp::vec_t<4, wp::float32>(var_10);
        // for k in range(2 * radius + 1):                                                        <L 13>
        var_13 = wp::mul(var_12, var_9);
        var_15 = wp::add(var_13, var_14);
        var_16 = wp::range(var_15);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
            // offset = k - radius                                                                <L 14>
            var_18 = wp::sub(var_17, var_9);
            // x = wp.clamp(i + offset, 0, src.shape[0] - 1)                                      <L 15>
            var_19 = wp::add(var_0, var_18);
            var_21 = &(var_src.shape);
            var_24 = wp::load(var_21);
            var_23 = wp::extract(var_24, var_22);
            var_26 = wp::sub(var_23, var_25);
            var_27 = wp::clamp(var_19, var_20, var_26);
            // w = weights[offset + radius]                                                       <L 16>
            var_28 = wp::add(var_18, var_9);
            var_29 = wp::address(var_weights, var_28);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
            // total += src[x, j] * w                                                             <L 17>
            var_32 = wp::address(var_src, var_27, var_1);
            var_34 = wp::load(var_32);
            var_33 = wp::mul(var_34, var_30);
            var_35 = wp::add(var_11, var_33);
            wp::assign(var_11, var_35);
            goto start_for_0;
        end_for_0:;
        // blurred[i, j] = total                                                                  <L 18>
        wp::array_store(var_blurred, var_0, var_1, var_11);
    }
}



extern "C" __global__ void separable_blur_fa4d6638_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_src,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_blurred,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_src,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_blurred)
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
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<4, wp::float32> var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<4, wp::float32>* var_32;
        wp::vec_t<4, wp::float32> var_33;
        wp::vec_t<4, wp::float32> var_34;
        wp::vec_t<4, wp::float32> var_35;
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
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<4, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::range_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::shape_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::shape_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<4, wp::float32> adj_32 = {};
        wp::vec_t<4, wp::float32> adj_33 = {};
        wp::vec_t<4, wp::float32> adj_34 = {};
        wp::vec_t<4, wp::float32> adj_35 = {};
        //---------
        // forward
        // def separable_blur(                                                                    <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // radius = (weights.shape[0] - 1) // 2                                                   <L 11>
        var_2 = &(var_weights.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::sub(var_4, var_6);
        var_9 = wp::floordiv(var_7, var_8);
        // total = wp.vec4(0.0)                                                                   <L 12>
        var_11 = wp::vec_t<4, wp::float32>(var_10);
        // for k in range(2 * radius + 1):                                                        <L 13>
        var_13 = wp::mul(var_12, var_9);
        var_15 = wp::add(var_13, var_14);
        var_16 = wp::range(var_15);
        // blurred[i, j] = total                                                                  <L 18>
        // wp::array_store(var_blurred, var_0, var_1, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_blurred, var_0, var_1, var_11, adj_blurred, adj_0, adj_1, adj_11);
        // adj: blurred[i, j] = total                                                             <L 18>
        var_16 = wp::iter_reverse(var_16);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
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
        	adj_34 = {};
        	adj_35 = {};
            // offset = k - radius                                                                <L 14>
            var_18 = wp::sub(var_17, var_9);
            // x = wp.clamp(i + offset, 0, src.shape[0] - 1)                                      <L 15>
            var_19 = wp::add(var_0, var_18);
            var_21 = &(var_src.shape);
            var_24 = wp::load(var_21);
            var_23 = wp::extract(var_24, var_22);
            var_26 = wp::sub(var_23, var_25);
            var_27 = wp::clamp(var_19, var_20, var_26);
            // w = weights[offset + radius]                                                       <L 16>
            var_28 = wp::add(var_18, var_9);
            var_29 = wp::address(var_weights, var_28);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
            // total += src[x, j] * w                                                             <L 17>
            var_32 = wp::address(var_src, var_27, var_1);
            var_34 = wp::load(var_32);
            var_33 = wp::mul(var_34, var_30);
            var_35 = wp::add(var_11, var_33);
            wp::assign(var_11, var_35);
            wp::adj_assign(var_11, var_35, adj_11, adj_35);
            wp::adj_add(var_11, var_33, adj_11, adj_33, adj_35);
            wp::adj_mul(var_34, var_30, adj_32, adj_30, adj_33);
            wp::adj_address(var_src, var_27, var_1, adj_src, adj_27, adj_1, adj_32);
            // adj: total += src[x, j] * w                                                        <L 17>
            wp::adj_copy(var_31, adj_29, adj_30);
            wp::adj_address(var_weights, var_28, adj_weights, adj_28, adj_29);
            wp::adj_add(var_18, var_9, adj_18, adj_9, adj_28);
            // adj: w = weights[offset + radius]                                                  <L 16>
            wp::adj_clamp(var_19, var_20, var_26, adj_19, adj_20, adj_26, adj_27);
            wp::adj_sub(var_23, var_25, adj_23, adj_25, adj_26);
            adj_src.shape = adj_21;
            wp::adj_add(var_0, var_18, adj_0, adj_18, adj_19);
            // adj: x = wp.clamp(i + offset, 0, src.shape[0] - 1)                                 <L 15>
            wp::adj_sub(var_17, var_9, adj_17, adj_9, adj_18);
            // adj: offset = k - radius                                                           <L 14>
        	goto start_for_0;
        end_for_0:;
        wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_mul(var_12, var_9, adj_12, adj_9, adj_13);
        // adj: for k in range(2 * radius + 1):                                                   <L 13>
        wp::adj_vec_t(var_10, adj_10, adj_11);
        // adj: total = wp.vec4(0.0)                                                              <L 12>
        wp::adj_sub(var_4, var_6, adj_4, adj_6, adj_7);
        adj_weights.shape = adj_2;
        // adj: radius = (weights.shape[0] - 1) // 2                                              <L 11>
        // adj: i, j = wp.tid()                                                                   <L 10>
        // adj: def separable_blur(                                                               <L 5>
        continue;
    }
}

