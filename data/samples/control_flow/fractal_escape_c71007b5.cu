// Warp 1.19.0 cuda code for fractal_escape_c71007b5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void fractal_escape_3839195c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<2, wp::float32>> var_coords,
    wp::array_t<wp::float32> var_iterations)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float64> var_8;
        wp::vec_t<2, wp::float64> var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = 64;
        bool var_14;
        wp::float64 var_15;
        wp::float64 var_16;
        bool var_17;
        const wp::int32 var_18 = 0;
        wp::float64 var_19;
        const wp::int32 var_20 = 0;
        wp::float64 var_21;
        wp::float64 var_22;
        const wp::int32 var_23 = 1;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        const wp::int32 var_30 = 0;
        wp::float64 var_31;
        wp::float64 var_32;
        const wp::int32 var_33 = 1;
        wp::float64 var_34;
        wp::float64 var_35;
        wp::vec_t<2, wp::float64> var_36;
        wp::vec_t<2, wp::float64> var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::float32 var_40;
        //---------
        // forward
        // def fractal_escape(                                                                    <L 8>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 15>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 16>
            continue;
        }
        // z0 = coords[tid]                                                                       <L 17>
        var_5 = wp::address(var_coords, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // c = wp.vec2d(z0)                                                                       <L 18>
        var_8 = wp::vec_t<2, wp::float64>(var_6);
        // z = wp.vec2d()                                                                         <L 19>
        var_9 = wp::vec_t<2, wp::float64>();
        // n = int(0)                                                                             <L 20>
        var_11 = wp::int(var_10);
        // while n < MAX_ITERS and wp.dot(z, z) <= wp.float64(4.0):                               <L 21>
        start_while_1:;
        var_14 = (var_11 < var_13);
        var_12 = var_14;
        if (var_12) {
            var_15 = wp::dot(var_9, var_9);
            var_16 = 4.0;
            var_17 = (var_15 <= var_16);
            var_12 = var_12 && var_17;
        }
        if ((var_12) == false) goto end_while_1;
            // z = wp.vec2d(z[0] * z[0] - z[1] * z[1], wp.float64(2.0) * z[0] * z[1]) + c         <L 22>
            var_19 = wp::extract(var_9, var_18);
            var_21 = wp::extract(var_9, var_20);
            var_22 = wp::mul(var_19, var_21);
            var_24 = wp::extract(var_9, var_23);
            var_26 = wp::extract(var_9, var_25);
            var_27 = wp::mul(var_24, var_26);
            var_28 = wp::sub(var_22, var_27);
            var_29 = 2.0;
            var_31 = wp::extract(var_9, var_30);
            var_32 = wp::mul(var_29, var_31);
            var_34 = wp::extract(var_9, var_33);
            var_35 = wp::mul(var_32, var_34);
            var_36 = wp::vec_t<2, wp::float64>(var_28, var_35);
            var_37 = wp::add(var_36, var_8);
            // n += 1                                                                             <L 23>
            var_39 = wp::add(var_11, var_38);
            wp::assign(var_9, var_37);
            wp::assign(var_11, var_39);
        goto start_while_1;
        end_while_1:;
        // iterations[tid] = float(n)                                                             <L 24>
        var_40 = wp::float(var_11);
        wp::array_store(var_iterations, var_0, var_40);
    }
}



extern "C" __global__ void fractal_escape_3839195c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<2, wp::float32>> var_coords,
    wp::array_t<wp::float32> var_iterations,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_coords,
    wp::array_t<wp::float32> adj_iterations)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float64> var_8;
        wp::vec_t<2, wp::float64> var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = 64;
        bool var_14;
        wp::float64 var_15;
        wp::float64 var_16;
        bool var_17;
        const wp::int32 var_18 = 0;
        wp::float64 var_19;
        const wp::int32 var_20 = 0;
        wp::float64 var_21;
        wp::float64 var_22;
        const wp::int32 var_23 = 1;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        const wp::int32 var_30 = 0;
        wp::float64 var_31;
        wp::float64 var_32;
        const wp::int32 var_33 = 1;
        wp::float64 var_34;
        wp::float64 var_35;
        wp::vec_t<2, wp::float64> var_36;
        wp::vec_t<2, wp::float64> var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::float32 var_40;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float64> adj_8 = {};
        wp::vec_t<2, wp::float64> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float64 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float64 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float64 adj_31 = {};
        wp::float64 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::vec_t<2, wp::float64> adj_36 = {};
        wp::vec_t<2, wp::float64> adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        //---------
        // forward
        // def fractal_escape(                                                                    <L 8>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 15>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 16>
            goto label0;
        }
        // z0 = coords[tid]                                                                       <L 17>
        var_5 = wp::address(var_coords, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // c = wp.vec2d(z0)                                                                       <L 18>
        var_8 = wp::vec_t<2, wp::float64>(var_6);
        // z = wp.vec2d()                                                                         <L 19>
        var_9 = wp::vec_t<2, wp::float64>();
        // n = int(0)                                                                             <L 20>
        var_11 = wp::int(var_10);
        // while n < MAX_ITERS and wp.dot(z, z) <= wp.float64(4.0):                               <L 21>
        // iterations[tid] = float(n)                                                             <L 24>
        var_40 = wp::float(var_11);
        // wp::array_store(var_iterations, var_0, var_40);
        //---------
        // reverse
        wp::adj_array_store(var_iterations, var_0, var_40, adj_iterations, adj_0, adj_40);
        wp::adj_float(var_11, adj_11, adj_40);
        // adj: iterations[tid] = float(n)                                                        <L 24>
        start_while_1:;
        var_14 = (var_11 < var_13);
        var_12 = var_14;
        if (var_12) {
            var_15 = wp::dot(var_9, var_9);
            var_16 = 4.0;
            var_17 = (var_15 <= var_16);
            var_12 = var_12 && var_17;
        }
        if ((var_12) == false) goto end_while_1;
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
        adj_36 = {};
        adj_37 = {};
        adj_38 = {};
        adj_39 = {};
            // z = wp.vec2d(z[0] * z[0] - z[1] * z[1], wp.float64(2.0) * z[0] * z[1]) + c         <L 22>
            var_19 = wp::extract(var_9, var_18);
            var_21 = wp::extract(var_9, var_20);
            var_22 = wp::mul(var_19, var_21);
            var_24 = wp::extract(var_9, var_23);
            var_26 = wp::extract(var_9, var_25);
            var_27 = wp::mul(var_24, var_26);
            var_28 = wp::sub(var_22, var_27);
            var_29 = 2.0;
            var_31 = wp::extract(var_9, var_30);
            var_32 = wp::mul(var_29, var_31);
            var_34 = wp::extract(var_9, var_33);
            var_35 = wp::mul(var_32, var_34);
            var_36 = wp::vec_t<2, wp::float64>(var_28, var_35);
            var_37 = wp::add(var_36, var_8);
            // n += 1                                                                             <L 23>
            var_39 = wp::add(var_11, var_38);
            wp::assign(var_9, var_37);
            wp::assign(var_11, var_39);
            wp::adj_assign(var_11, var_39, adj_11, adj_39);
            wp::adj_assign(var_9, var_37, adj_9, adj_37);
            wp::adj_add(var_11, var_38, adj_11, adj_38, adj_39);
            // adj: n += 1                                                                        <L 23>
            wp::adj_add(var_36, var_8, adj_36, adj_8, adj_37);
            wp::adj_vec_t(var_28, var_35, adj_28, adj_35, adj_36);
            wp::adj_mul(var_32, var_34, adj_32, adj_34, adj_35);
            wp::adj_extract(var_9, var_33, adj_9, adj_33, adj_34);
            wp::adj_mul(var_29, var_31, adj_29, adj_31, adj_32);
            wp::adj_extract(var_9, var_30, adj_9, adj_30, adj_31);
            wp::adj_sub(var_22, var_27, adj_22, adj_27, adj_28);
            wp::adj_mul(var_24, var_26, adj_24, adj_26, adj_27);
            wp::adj_extract(var_9, var_25, adj_9, adj_25, adj_26);
            wp::adj_extract(var_9, var_23, adj_9, adj_23, adj_24);
            wp::adj_mul(var_19, var_21, adj_19, adj_21, adj_22);
            wp::adj_extract(var_9, var_20, adj_9, adj_20, adj_21);
            wp::adj_extract(var_9, var_18, adj_9, adj_18, adj_19);
            // adj: z = wp.vec2d(z[0] * z[0] - z[1] * z[1], wp.float64(2.0) * z[0] * z[1]) + c    <L 22>
        goto start_while_1;
        end_while_1:;
        // adj: while n < MAX_ITERS and wp.dot(z, z) <= wp.float64(4.0):                          <L 21>
        // adj: n = int(0)                                                                        <L 20>
        // adj: z = wp.vec2d()                                                                    <L 19>
        wp::adj_vec_t(var_6, adj_6, adj_8);
        // adj: c = wp.vec2d(z0)                                                                  <L 18>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_coords, var_0, adj_coords, adj_0, adj_5);
        // adj: z0 = coords[tid]                                                                  <L 17>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
        // adj: if tid >= item_count[0]:                                                          <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def fractal_escape(                                                               <L 8>
        continue;
    }
}

