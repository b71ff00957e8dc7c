// Warp 1.19.0 cuda code for depthwise_conv_7f2a21f6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void depthwise_conv_1e077f40_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_filters,
    wp::array_t<wp::float32> var_outputs)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 3;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        const wp::int32 var_16 = 2;
        wp::int32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::range_t var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::int32 var_27;
        bool var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        bool var_31;
        const wp::int32 var_32 = 0;
        bool var_33;
        bool var_34;
        wp::float32* var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        //---------
        // forward
        // def depthwise_conv(                                                                    <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // height = activations.shape[2]                                                          <L 12>
        var_4 = &(var_activations.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // width = activations.shape[3]                                                           <L 13>
        var_8 = &(var_activations.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // k = filters.shape[1]                                                                   <L 15>
        var_12 = &(var_filters.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // r = k // 2                                                                             <L 16>
        var_17 = wp::floordiv(var_14, var_16);
        // acc = float(0.0)                                                                       <L 17>
        var_19 = wp::float(var_18);
        // for ky in range(k):                                                                    <L 18>
        var_20 = wp::range(var_14);
        start_for_0:;
            if (iter_cmp(var_20) == 0) goto end_for_0;
            var_21 = wp::iter_next(var_20);
            // for kx in range(k):                                                                <L 19>
            var_22 = wp::range(var_14);
            start_for_2:;
                if (iter_cmp(var_22) == 0) goto end_for_2;
                var_23 = wp::iter_next(var_22);
                // yy = y + ky - r                                                                <L 20>
                var_24 = wp::add(var_2, var_21);
                var_25 = wp::sub(var_24, var_17);
                // xx = x + kx - r                                                                <L 21>
                var_26 = wp::add(var_3, var_23);
                var_27 = wp::sub(var_26, var_17);
                // if yy >= 0 and yy < height and xx >= 0 and xx < width:                         <L 22>
                var_30 = (var_25 >= var_29);
                var_28 = var_30;
                if (var_28) {
                    var_31 = (var_25 < var_6);
                    var_28 = var_28 && var_31;
                }
                if (var_28) {
                    var_33 = (var_27 >= var_32);
                    var_28 = var_28 && var_33;
                }
                if (var_28) {
                    var_34 = (var_27 < var_10);
                    var_28 = var_28 && var_34;
                }
                if (var_28) {
                    // acc += filters[c, ky, kx] * activations[n, c, yy, xx]                      <L 23>
                    var_35 = wp::address(var_filters, var_1, var_21, var_23);
                    var_36 = wp::address(var_activations, var_0, var_1, var_25, var_27);
                    var_38 = wp::load(var_35);
                    var_39 = wp::load(var_36);
                    var_37 = wp::mul(var_38, var_39);
                    var_40 = wp::add(var_19, var_37);
                }
                var_41 = wp::where(var_28, var_40, var_19);
                wp::assign(var_19, var_41);
                goto start_for_2;
            end_for_2:;
            goto start_for_0;
        end_for_0:;
        // outputs[n, c, y, x] = acc                                                              <L 24>
        wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_19);
    }
}



extern "C" __global__ void depthwise_conv_1e077f40_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_filters,
    wp::array_t<wp::float32> var_outputs,
    wp::array_t<wp::float32> adj_activations,
    wp::array_t<wp::float32> adj_filters,
    wp::array_t<wp::float32> adj_outputs)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 3;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        const wp::int32 var_16 = 2;
        wp::int32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::range_t var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::int32 var_27;
        bool var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        bool var_31;
        const wp::int32 var_32 = 0;
        bool var_33;
        bool var_34;
        wp::float32* var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::range_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::range_t adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        bool adj_33 = {};
        bool adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        //---------
        // forward
        // def depthwise_conv(                                                                    <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // height = activations.shape[2]                                                          <L 12>
        var_4 = &(var_activations.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // width = activations.shape[3]                                                           <L 13>
        var_8 = &(var_activations.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // k = filters.shape[1]                                                                   <L 15>
        var_12 = &(var_filters.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // r = k // 2                                                                             <L 16>
        var_17 = wp::floordiv(var_14, var_16);
        // acc = float(0.0)                                                                       <L 17>
        var_19 = wp::float(var_18);
        // for ky in range(k):                                                                    <L 18>
        var_20 = wp::range(var_14);
        // outputs[n, c, y, x] = acc                                                              <L 24>
        // wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_outputs, var_0, var_1, var_2, var_3, var_19, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_19);
        // adj: outputs[n, c, y, x] = acc                                                         <L 24>
        var_20 = wp::iter_reverse(var_20);
        start_for_0:;
            if (iter_cmp(var_20) == 0) goto end_for_0;
            var_21 = wp::iter_next(var_20);
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
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
            // for kx in range(k):                                                                <L 19>
            var_22 = wp::range(var_14);
            var_22 = wp::iter_reverse(var_22);
            start_for_2:;
                if (iter_cmp(var_22) == 0) goto end_for_2;
                var_23 = wp::iter_next(var_22);
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
            	adj_36 = {};
            	adj_37 = {};
            	adj_38 = {};
            	adj_39 = {};
            	adj_40 = {};
            	adj_41 = {};
                // yy = y + ky - r                                                                <L 20>
                var_24 = wp::add(var_2, var_21);
                var_25 = wp::sub(var_24, var_17);
                // xx = x + kx - r                                                                <L 21>
                var_26 = wp::add(var_3, var_23);
                var_27 = wp::sub(var_26, var_17);
                // if yy >= 0 and yy < height and xx >= 0 and xx < width:                         <L 22>
                var_30 = (var_25 >= var_29);
                var_28 = var_30;
                if (var_28) {
                    var_31 = (var_25 < var_6);
                    var_28 = var_28 && var_31;
                }
                if (var_28) {
                    var_33 = (var_27 >= var_32);
                    var_28 = var_28 && var_33;
                }
                if (var_28) {
                    var_34 = (var_27 < var_10);
                    var_28 = var_28 && var_34;
                }
                if (var_28) {
                    // acc += filters[c, ky, kx] * activations[n, c, yy, xx]                      <L 23>
                    var_35 = wp::address(var_filters, var_1, var_21, var_23);
                    var_36 = wp::address(var_activations, var_0, var_1, var_25, var_27);
                    var_38 = wp::load(var_35);
                    var_39 = wp::load(var_36);
                    var_37 = wp::mul(var_38, var_39);
                    var_40 = wp::add(var_19, var_37);
                }
                var_41 = wp::where(var_28, var_40, var_19);
                wp::assign(var_19, var_41);
                wp::adj_assign(var_19, var_41, adj_19, adj_41);
                wp::adj_where(var_28, var_40, var_19, adj_28, adj_40, adj_19, adj_41);
                if (var_28) {
                    wp::adj_add(var_19, var_37, adj_19, adj_37, adj_40);
                    wp::adj_mul(var_38, var_39, adj_35, adj_36, adj_37);
                    wp::adj_address(var_activations, var_0, var_1, var_25, var_27, adj_activations, adj_0, adj_1, adj_25, adj_27, adj_36);
                    wp::adj_address(var_filters, var_1, var_21, var_23, adj_filters, adj_1, adj_21, adj_23, adj_35);
                    // adj: acc += filters[c, ky, kx] * activations[n, c, yy, xx]                 <L 23>
                }
                if (var_28) {
                }
                if (var_28) {
                }
                if (var_28) {
                }
                // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                    <L 22>
                wp::adj_sub(var_26, var_17, adj_26, adj_17, adj_27);
                wp::adj_add(var_3, var_23, adj_3, adj_23, adj_26);
                // adj: xx = x + kx - r                                                           <L 21>
                wp::adj_sub(var_24, var_17, adj_24, adj_17, adj_25);
                wp::adj_add(var_2, var_21, adj_2, adj_21, adj_24);
                // adj: yy = y + ky - r                                                           <L 20>
            	goto start_for_2;
            end_for_2:;
            // adj: for kx in range(k):                                                           <L 19>
        	goto start_for_0;
        end_for_0:;
        // adj: for ky in range(k):                                                               <L 18>
        wp::adj_float(var_18, adj_18, adj_19);
        // adj: acc = float(0.0)                                                                  <L 17>
        // adj: r = k // 2                                                                        <L 16>
        adj_filters.shape = adj_12;
        // adj: k = filters.shape[1]                                                              <L 15>
        adj_activations.shape = adj_8;
        // adj: width = activations.shape[3]                                                      <L 13>
        adj_activations.shape = adj_4;
        // adj: height = activations.shape[2]                                                     <L 12>
        // adj: n, c, y, x = wp.tid()                                                             <L 11>
        // adj: def depthwise_conv(                                                               <L 5>
        continue;
    }
}

