// Warp 1.19.0 cuda code for block_newton_step_f72e9f6f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void block_newton_step_c97b9ede_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_blocks,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 1e-08;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32>* var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::vec_t<2, wp::float32> var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::vec_t<2, wp::float32>* var_21;
        const wp::int32 var_22 = 1;
        wp::float32 var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        wp::float32 var_30;
        wp::vec_t<2, wp::float32>* var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::float32 var_35;
        wp::vec_t<2, wp::float32>* var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::vec_t<2, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 0;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::vec_t<2, wp::float32> var_46;
        //---------
        // forward
        // def block_newton_step(blocks: wp.array[wp.mat22], b: wp.array[wp.vec2], x: wp.array[wp.vec2]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // J = blocks[tid]                                                                        <L 8>
        var_1 = wp::address(var_blocks, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // det = wp.determinant(J)                                                                <L 9>
        var_4 = wp::determinant(var_2);
        // if wp.abs(det) < 1.0e-8:                                                               <L 10>
        var_5 = wp::abs(var_4);
        var_7 = (var_5 < var_6);
        if (var_7) {
            // x[tid] = wp.vec2(0.0)                                                              <L 11>
            var_9 = wp::vec_t<2, wp::float32>(var_8);
            wp::array_store(var_x, var_0, var_9);
            // return                                                                             <L 12>
            continue;
        }
        // x0 = (b[tid][0] * J[1, 1] - J[0, 1] * b[tid][1]) / det                                 <L 14>
        var_10 = wp::address(var_b, var_0);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_16 = wp::extract(var_2, var_14, var_15);
        var_17 = wp::mul(var_12, var_16);
        var_20 = wp::extract(var_2, var_18, var_19);
        var_21 = wp::address(var_b, var_0);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_25 = wp::mul(var_20, var_23);
        var_26 = wp::sub(var_17, var_25);
        var_27 = wp::div(var_26, var_4);
        // x1 = (J[0, 0] * b[tid][1] - b[tid][0] * J[1, 0]) / det                                 <L 15>
        var_30 = wp::extract(var_2, var_28, var_29);
        var_31 = wp::address(var_b, var_0);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = wp::mul(var_30, var_33);
        var_36 = wp::address(var_b, var_0);
        var_39 = wp::load(var_36);
        var_38 = wp::extract(var_39, var_37);
        var_42 = wp::extract(var_2, var_40, var_41);
        var_43 = wp::mul(var_38, var_42);
        var_44 = wp::sub(var_35, var_43);
        var_45 = wp::div(var_44, var_4);
        // x[tid] = wp.vec2(x0, x1)                                                               <L 16>
        var_46 = wp::vec_t<2, wp::float32>(var_27, var_45);
        wp::array_store(var_x, var_0, var_46);
    }
}



extern "C" __global__ void block_newton_step_c97b9ede_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_blocks,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_blocks,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 1e-08;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32>* var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::vec_t<2, wp::float32> var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::vec_t<2, wp::float32>* var_21;
        const wp::int32 var_22 = 1;
        wp::float32 var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        wp::float32 var_30;
        wp::vec_t<2, wp::float32>* var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::float32 var_35;
        wp::vec_t<2, wp::float32>* var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::vec_t<2, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 0;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::vec_t<2, wp::float32> var_46;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float32> adj_1 = {};
        wp::mat_t<2, 2, wp::float32> adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<2, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<2, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<2, wp::float32> adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<2, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::vec_t<2, wp::float32> adj_46 = {};
        //---------
        // forward
        // def block_newton_step(blocks: wp.array[wp.mat22], b: wp.array[wp.vec2], x: wp.array[wp.vec2]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // J = blocks[tid]                                                                        <L 8>
        var_1 = wp::address(var_blocks, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // det = wp.determinant(J)                                                                <L 9>
        var_4 = wp::determinant(var_2);
        // if wp.abs(det) < 1.0e-8:                                                               <L 10>
        var_5 = wp::abs(var_4);
        var_7 = (var_5 < var_6);
        if (var_7) {
            // x[tid] = wp.vec2(0.0)                                                              <L 11>
            var_9 = wp::vec_t<2, wp::float32>(var_8);
            // wp::array_store(var_x, var_0, var_9);
            // return                                                                             <L 12>
            goto label0;
        }
        // x0 = (b[tid][0] * J[1, 1] - J[0, 1] * b[tid][1]) / det                                 <L 14>
        var_10 = wp::address(var_b, var_0);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_16 = wp::extract(var_2, var_14, var_15);
        var_17 = wp::mul(var_12, var_16);
        var_20 = wp::extract(var_2, var_18, var_19);
        var_21 = wp::address(var_b, var_0);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_25 = wp::mul(var_20, var_23);
        var_26 = wp::sub(var_17, var_25);
        var_27 = wp::div(var_26, var_4);
        // x1 = (J[0, 0] * b[tid][1] - b[tid][0] * J[1, 0]) / det                                 <L 15>
        var_30 = wp::extract(var_2, var_28, var_29);
        var_31 = wp::address(var_b, var_0);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = wp::mul(var_30, var_33);
        var_36 = wp::address(var_b, var_0);
        var_39 = wp::load(var_36);
        var_38 = wp::extract(var_39, var_37);
        var_42 = wp::extract(var_2, var_40, var_41);
        var_43 = wp::mul(var_38, var_42);
        var_44 = wp::sub(var_35, var_43);
        var_45 = wp::div(var_44, var_4);
        // x[tid] = wp.vec2(x0, x1)                                                               <L 16>
        var_46 = wp::vec_t<2, wp::float32>(var_27, var_45);
        // wp::array_store(var_x, var_0, var_46);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_46, adj_x, adj_0, adj_46);
        wp::adj_vec_t(var_27, var_45, adj_27, adj_45, adj_46);
        // adj: x[tid] = wp.vec2(x0, x1)                                                          <L 16>
        wp::adj_div(var_44, var_4, var_45, adj_44, adj_4, adj_45);
        wp::adj_sub(var_35, var_43, adj_35, adj_43, adj_44);
        wp::adj_mul(var_38, var_42, adj_38, adj_42, adj_43);
        wp::adj_extract(var_2, var_40, var_41, adj_2, adj_40, adj_41, adj_42);
        wp::adj_extract(var_39, var_37, adj_36, adj_37, adj_38);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_36);
        wp::adj_mul(var_30, var_33, adj_30, adj_33, adj_35);
        wp::adj_extract(var_34, var_32, adj_31, adj_32, adj_33);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_31);
        wp::adj_extract(var_2, var_28, var_29, adj_2, adj_28, adj_29, adj_30);
        // adj: x1 = (J[0, 0] * b[tid][1] - b[tid][0] * J[1, 0]) / det                            <L 15>
        wp::adj_div(var_26, var_4, var_27, adj_26, adj_4, adj_27);
        wp::adj_sub(var_17, var_25, adj_17, adj_25, adj_26);
        wp::adj_mul(var_20, var_23, adj_20, adj_23, adj_25);
        wp::adj_extract(var_24, var_22, adj_21, adj_22, adj_23);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_21);
        wp::adj_extract(var_2, var_18, var_19, adj_2, adj_18, adj_19, adj_20);
        wp::adj_mul(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_extract(var_2, var_14, var_15, adj_2, adj_14, adj_15, adj_16);
        wp::adj_extract(var_13, var_11, adj_10, adj_11, adj_12);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_10);
        // adj: x0 = (b[tid][0] * J[1, 1] - J[0, 1] * b[tid][1]) / det                            <L 14>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 12>
            wp::adj_array_store(var_x, var_0, var_9, adj_x, adj_0, adj_9);
            wp::adj_vec_t(var_8, adj_8, adj_9);
            // adj: x[tid] = wp.vec2(0.0)                                                         <L 11>
        }
        wp::adj_abs(var_4, adj_4, adj_5);
        // adj: if wp.abs(det) < 1.0e-8:                                                          <L 10>
        wp::adj_determinant(var_2, adj_2, adj_4);
        // adj: det = wp.determinant(J)                                                           <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_blocks, var_0, adj_blocks, adj_0, adj_1);
        // adj: J = blocks[tid]                                                                   <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def block_newton_step(blocks: wp.array[wp.mat22], b: wp.array[wp.vec2], x: wp.array[wp.vec2]):  <L 5>
        continue;
    }
}

