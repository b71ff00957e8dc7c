// Warp 1.19.0 cuda code for velocity_divergence_60d5c75b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void velocity_divergence_67776391_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_div_out,
    wp::float32 var_inv_cell)
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
        bool var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        bool var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::vec_t<2, wp::float32>* var_19;
        const wp::int32 var_20 = 0;
        wp::float32 var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::vec_t<2, wp::float32>* var_23;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        wp::vec_t<2, wp::float32> var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::vec_t<2, wp::float32>* var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32>* var_35;
        const wp::int32 var_36 = 1;
        wp::float32 var_37;
        wp::vec_t<2, wp::float32> var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        //---------
        // forward
        // def velocity_divergence(                                                               <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // if i != u.shape[0] - 1 and j != u.shape[1] - 1:                                        <L 11>
        var_3 = &(var_u.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_8 = wp::sub(var_5, var_7);
        var_9 = (var_0 != var_8);
        var_2 = var_9;
        if (var_2) {
            var_10 = &(var_u.shape);
            var_13 = wp::load(var_10);
            var_12 = wp::extract(var_13, var_11);
            var_15 = wp::sub(var_12, var_14);
            var_16 = (var_1 != var_15);
            var_2 = var_2 && var_16;
        }
        if (var_2) {
            // dx_term = (u[i + 1, j][0] - u[i, j][0]) * inv_cell                                 <L 12>
            var_18 = wp::add(var_0, var_17);
            var_19 = wp::address(var_u, var_18, var_1);
            var_22 = wp::load(var_19);
            var_21 = wp::extract(var_22, var_20);
            var_23 = wp::address(var_u, var_0, var_1);
            var_26 = wp::load(var_23);
            var_25 = wp::extract(var_26, var_24);
            var_27 = wp::sub(var_21, var_25);
            var_28 = wp::mul(var_27, var_inv_cell);
            // dy_term = (u[i, j + 1][1] - u[i, j][1]) * inv_cell                                 <L 13>
            var_30 = wp::add(var_1, var_29);
            var_31 = wp::address(var_u, var_0, var_30);
            var_34 = wp::load(var_31);
            var_33 = wp::extract(var_34, var_32);
            var_35 = wp::address(var_u, var_0, var_1);
            var_38 = wp::load(var_35);
            var_37 = wp::extract(var_38, var_36);
            var_39 = wp::sub(var_33, var_37);
            var_40 = wp::mul(var_39, var_inv_cell);
            // div_out[i, j] = dx_term + dy_term                                                  <L 14>
            var_41 = wp::add(var_28, var_40);
            wp::array_store(var_div_out, var_0, var_1, var_41);
        }
    }
}



extern "C" __global__ void velocity_divergence_67776391_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_div_out,
    wp::float32 var_inv_cell,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u,
    wp::array_t<wp::float32> adj_div_out,
    wp::float32 adj_inv_cell)
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
        bool var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        bool var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::vec_t<2, wp::float32>* var_19;
        const wp::int32 var_20 = 0;
        wp::float32 var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::vec_t<2, wp::float32>* var_23;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        wp::vec_t<2, wp::float32> var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::vec_t<2, wp::float32>* var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32>* var_35;
        const wp::int32 var_36 = 1;
        wp::float32 var_37;
        wp::vec_t<2, wp::float32> var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<2, wp::float32> adj_22 = {};
        wp::vec_t<2, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<2, wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<2, wp::float32> adj_34 = {};
        wp::vec_t<2, wp::float32> adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<2, wp::float32> adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        //---------
        // forward
        // def velocity_divergence(                                                               <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // if i != u.shape[0] - 1 and j != u.shape[1] - 1:                                        <L 11>
        var_3 = &(var_u.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_8 = wp::sub(var_5, var_7);
        var_9 = (var_0 != var_8);
        var_2 = var_9;
        if (var_2) {
            var_10 = &(var_u.shape);
            var_13 = wp::load(var_10);
            var_12 = wp::extract(var_13, var_11);
            var_15 = wp::sub(var_12, var_14);
            var_16 = (var_1 != var_15);
            var_2 = var_2 && var_16;
        }
        if (var_2) {
            // dx_term = (u[i + 1, j][0] - u[i, j][0]) * inv_cell                                 <L 12>
            var_18 = wp::add(var_0, var_17);
            var_19 = wp::address(var_u, var_18, var_1);
            var_22 = wp::load(var_19);
            var_21 = wp::extract(var_22, var_20);
            var_23 = wp::address(var_u, var_0, var_1);
            var_26 = wp::load(var_23);
            var_25 = wp::extract(var_26, var_24);
            var_27 = wp::sub(var_21, var_25);
            var_28 = wp::mul(var_27, var_inv_cell);
            // dy_term = (u[i, j + 1][1] - u[i, j][1]) * inv_cell                                 <L 13>
            var_30 = wp::add(var_1, var_29);
            var_31 = wp::address(var_u, var_0, var_30);
            var_34 = wp::load(var_31);
            var_33 = wp::extract(var_34, var_32);
            var_35 = wp::address(var_u, var_0, var_1);
            var_38 = wp::load(var_35);
            var_37 = wp::extract(var_38, var_36);
            var_39 = wp::sub(var_33, var_37);
            var_40 = wp::mul(var_39, var_inv_cell);
            // div_out[i, j] = dx_term + dy_term                                                  <L 14>
            var_41 = wp::add(var_28, var_40);
            // wp::array_store(var_div_out, var_0, var_1, var_41);
        }
        //---------
        // reverse
        if (var_2) {
            wp::adj_array_store(var_div_out, var_0, var_1, var_41, adj_div_out, adj_0, adj_1, adj_41);
            wp::adj_add(var_28, var_40, adj_28, adj_40, adj_41);
            // adj: div_out[i, j] = dx_term + dy_term                                             <L 14>
            wp::adj_mul(var_39, var_inv_cell, adj_39, adj_inv_cell, adj_40);
            wp::adj_sub(var_33, var_37, adj_33, adj_37, adj_39);
            wp::adj_extract(var_38, var_36, adj_35, adj_36, adj_37);
            wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_35);
            wp::adj_extract(var_34, var_32, adj_31, adj_32, adj_33);
            wp::adj_address(var_u, var_0, var_30, adj_u, adj_0, adj_30, adj_31);
            wp::adj_add(var_1, var_29, adj_1, adj_29, adj_30);
            // adj: dy_term = (u[i, j + 1][1] - u[i, j][1]) * inv_cell                            <L 13>
            wp::adj_mul(var_27, var_inv_cell, adj_27, adj_inv_cell, adj_28);
            wp::adj_sub(var_21, var_25, adj_21, adj_25, adj_27);
            wp::adj_extract(var_26, var_24, adj_23, adj_24, adj_25);
            wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_23);
            wp::adj_extract(var_22, var_20, adj_19, adj_20, adj_21);
            wp::adj_address(var_u, var_18, var_1, adj_u, adj_18, adj_1, adj_19);
            wp::adj_add(var_0, var_17, adj_0, adj_17, adj_18);
            // adj: dx_term = (u[i + 1, j][0] - u[i, j][0]) * inv_cell                            <L 12>
        }
        if (var_2) {
            wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
            adj_u.shape = adj_10;
        }
        wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_8);
        adj_u.shape = adj_3;
        // adj: if i != u.shape[0] - 1 and j != u.shape[1] - 1:                                   <L 11>
        // adj: i, j = wp.tid()                                                                   <L 10>
        // adj: def velocity_divergence(                                                          <L 5>
        continue;
    }
}

