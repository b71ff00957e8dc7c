// Warp 1.19.0 cuda code for sparse_residual_437c8377.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// sparse_residual.py:37
static CUDA_CALLABLE wp::float32 tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def tracking_reward(error: float, sigma: float) -> float:                              <L 38>
    // return wp.exp(-error * error / sigma)                                                  <L 40>
    var_0 = wp::neg(var_error);
    var_1 = wp::mul(var_0, var_error);
    var_2 = wp::div(var_1, var_sigma);
    var_3 = wp::exp(var_2);
    return var_3;
}


// sparse_residual.py:37
static CUDA_CALLABLE void adj_tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma,
    wp::float32 & adj_error,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void sparse_residual_414ef87a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_row_offsets,
    wp::array_t<wp::int32> var_col_indices,
    wp::array_t<wp::float32> var_nnz_values,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_inv_diagonal,
    wp::array_t<wp::float32> var_z,
    wp::array_t<wp::float32> var_rz_new,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_r_norm_sq)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::float32 var_39;
        //---------
        // forward
        // def sparse_residual(                                                                   <L 9>
        // row = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // if row >= row_offsets.shape[0] - 1:                                                    <L 22>
        var_1 = &(var_row_offsets.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        var_6 = wp::sub(var_3, var_5);
        var_7 = (var_0 >= var_6);
        if (var_7) {
            // return                                                                             <L 23>
            continue;
        }
        // Ax = float(0.0)                                                                        <L 24>
        var_9 = wp::float(var_8);
        // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 25>
        var_10 = wp::address(var_row_offsets, var_0);
        var_12 = wp::add(var_0, var_11);
        var_13 = wp::address(var_row_offsets, var_12);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_13);
        var_14 = wp::range(var_15, var_16);
        start_for_1:;
            if (iter_cmp(var_14) == 0) goto end_for_1;
            var_17 = wp::iter_next(var_14);
            // col = col_indices[k]                                                               <L 26>
            var_18 = wp::address(var_col_indices, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // a_k = nnz_values[k]                                                                <L 27>
            var_21 = wp::address(var_nnz_values, var_17);
            var_23 = wp::load(var_21);
            var_22 = wp::copy(var_23);
            // Ax += a_k * x[col]                                                                 <L 28>
            var_24 = wp::address(var_x, var_19);
            var_26 = wp::load(var_24);
            var_25 = wp::mul(var_22, var_26);
            var_27 = wp::add(var_9, var_25);
            wp::assign(var_9, var_27);
            goto start_for_1;
        end_for_1:;
        // res = b[row] - Ax                                                                      <L 29>
        var_28 = wp::address(var_b, var_0);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_9);
        // r[row] = res                                                                           <L 30>
        wp::array_store(var_r, var_0, var_29);
        // wp.atomic_add(r_norm_sq, 0, res * res)                                                 <L 31>
        var_32 = wp::mul(var_29, var_29);
        var_33 = wp::atomic_add(var_r_norm_sq, var_31, var_32);
        // z_i = inv_diagonal[row] * res                                                          <L 32>
        var_34 = wp::address(var_inv_diagonal, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_36, var_29);
        // z[row] = z_i                                                                           <L 33>
        wp::array_store(var_z, var_0, var_35);
        // wp.atomic_add(rz_new, 0, res * z_i)                                                    <L 34>
        var_38 = wp::mul(var_29, var_35);
        var_39 = wp::atomic_add(var_rz_new, var_37, var_38);
    }
}



extern "C" __global__ void sparse_residual_414ef87a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_row_offsets,
    wp::array_t<wp::int32> var_col_indices,
    wp::array_t<wp::float32> var_nnz_values,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_inv_diagonal,
    wp::array_t<wp::float32> var_z,
    wp::array_t<wp::float32> var_rz_new,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_r_norm_sq,
    wp::array_t<wp::int32> adj_row_offsets,
    wp::array_t<wp::int32> adj_col_indices,
    wp::array_t<wp::float32> adj_nnz_values,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_inv_diagonal,
    wp::array_t<wp::float32> adj_z,
    wp::array_t<wp::float32> adj_rz_new,
    wp::array_t<wp::float32> adj_r,
    wp::array_t<wp::float32> adj_r_norm_sq)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::float32 var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
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
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        //---------
        // forward
        // def sparse_residual(                                                                   <L 9>
        // row = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // if row >= row_offsets.shape[0] - 1:                                                    <L 22>
        var_1 = &(var_row_offsets.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        var_6 = wp::sub(var_3, var_5);
        var_7 = (var_0 >= var_6);
        if (var_7) {
            // return                                                                             <L 23>
            goto label0;
        }
        // Ax = float(0.0)                                                                        <L 24>
        var_9 = wp::float(var_8);
        // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 25>
        var_10 = wp::address(var_row_offsets, var_0);
        var_12 = wp::add(var_0, var_11);
        var_13 = wp::address(var_row_offsets, var_12);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_13);
        var_14 = wp::range(var_15, var_16);
        // res = b[row] - Ax                                                                      <L 29>
        var_28 = wp::address(var_b, var_0);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_9);
        // r[row] = res                                                                           <L 30>
        // wp::array_store(var_r, var_0, var_29);
        // wp.atomic_add(r_norm_sq, 0, res * res)                                                 <L 31>
        var_32 = wp::mul(var_29, var_29);
        // var_33 = wp::atomic_add(var_r_norm_sq, var_31, var_32);
        // z_i = inv_diagonal[row] * res                                                          <L 32>
        var_34 = wp::address(var_inv_diagonal, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_36, var_29);
        // z[row] = z_i                                                                           <L 33>
        // wp::array_store(var_z, var_0, var_35);
        // wp.atomic_add(rz_new, 0, res * z_i)                                                    <L 34>
        var_38 = wp::mul(var_29, var_35);
        // var_39 = wp::atomic_add(var_rz_new, var_37, var_38);
        //---------
        // reverse
        wp::adj_atomic_add(var_rz_new, var_37, var_38, adj_rz_new, adj_37, adj_38, adj_39);
        wp::adj_mul(var_29, var_35, adj_29, adj_35, adj_38);
        // adj: wp.atomic_add(rz_new, 0, res * z_i)                                               <L 34>
        wp::adj_array_store(var_z, var_0, var_35, adj_z, adj_0, adj_35);
        // adj: z[row] = z_i                                                                      <L 33>
        wp::adj_mul(var_36, var_29, adj_34, adj_29, adj_35);
        wp::adj_address(var_inv_diagonal, var_0, adj_inv_diagonal, adj_0, adj_34);
        // adj: z_i = inv_diagonal[row] * res                                                     <L 32>
        wp::adj_atomic_add(var_r_norm_sq, var_31, var_32, adj_r_norm_sq, adj_31, adj_32, adj_33);
        wp::adj_mul(var_29, var_29, adj_29, adj_29, adj_32);
        // adj: wp.atomic_add(r_norm_sq, 0, res * res)                                            <L 31>
        wp::adj_array_store(var_r, var_0, var_29, adj_r, adj_0, adj_29);
        // adj: r[row] = res                                                                      <L 30>
        wp::adj_sub(var_30, var_9, adj_28, adj_9, adj_29);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_28);
        // adj: res = b[row] - Ax                                                                 <L 29>
        var_14 = wp::iter_reverse(var_14);
        start_for_1:;
            if (iter_cmp(var_14) == 0) goto end_for_1;
            var_17 = wp::iter_next(var_14);
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
            // col = col_indices[k]                                                               <L 26>
            var_18 = wp::address(var_col_indices, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // a_k = nnz_values[k]                                                                <L 27>
            var_21 = wp::address(var_nnz_values, var_17);
            var_23 = wp::load(var_21);
            var_22 = wp::copy(var_23);
            // Ax += a_k * x[col]                                                                 <L 28>
            var_24 = wp::address(var_x, var_19);
            var_26 = wp::load(var_24);
            var_25 = wp::mul(var_22, var_26);
            var_27 = wp::add(var_9, var_25);
            wp::assign(var_9, var_27);
            wp::adj_assign(var_9, var_27, adj_9, adj_27);
            wp::adj_add(var_9, var_25, adj_9, adj_25, adj_27);
            wp::adj_mul(var_22, var_26, adj_22, adj_24, adj_25);
            wp::adj_address(var_x, var_19, adj_x, adj_19, adj_24);
            // adj: Ax += a_k * x[col]                                                            <L 28>
            wp::adj_copy(var_23, adj_21, adj_22);
            wp::adj_address(var_nnz_values, var_17, adj_nnz_values, adj_17, adj_21);
            // adj: a_k = nnz_values[k]                                                           <L 27>
            wp::adj_copy(var_20, adj_18, adj_19);
            wp::adj_address(var_col_indices, var_17, adj_col_indices, adj_17, adj_18);
            // adj: col = col_indices[k]                                                          <L 26>
        	goto start_for_1;
        end_for_1:;
        wp::adj_address(var_row_offsets, var_12, adj_row_offsets, adj_12, adj_13);
        wp::adj_add(var_0, var_11, adj_0, adj_11, adj_12);
        wp::adj_address(var_row_offsets, var_0, adj_row_offsets, adj_0, adj_10);
        // adj: for k in range(row_offsets[row], row_offsets[row + 1]):                           <L 25>
        wp::adj_float(var_8, adj_8, adj_9);
        // adj: Ax = float(0.0)                                                                   <L 24>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 23>
        }
        wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
        adj_row_offsets.shape = adj_1;
        // adj: if row >= row_offsets.shape[0] - 1:                                               <L 22>
        // adj: row = wp.tid()                                                                    <L 21>
        // adj: def sparse_residual(                                                              <L 9>
        continue;
    }
}



extern "C" __global__ void create_global_pool_nodes_kernel__locals__global_pool_nodes_832895d8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<32, wp::float32>> var_node_feat,
    wp::array_t<wp::vec_t<32, wp::float32>> var_graph_feat,
    wp::array_t<wp::int32> var_batch_ptr,
    wp::array_t<wp::int32> var_graph_node_count,
    wp::int32 var_num_graphs,
    wp::array_t<wp::int32> var_graph_size)
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
        bool var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        wp::vec_t<32, wp::float32> var_12;
        const bool var_13 = false;
        wp::vec_t<32, wp::float32> var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::vec_t<32, wp::float32>* var_17;
        wp::vec_t<32, wp::float32> var_18;
        wp::vec_t<32, wp::float32> var_19;
        const bool var_20 = false;
        wp::vec_t<32, wp::float32> var_21;
        const bool var_22 = true;
        wp::int32 var_23;
        wp::float32 var_24;
        wp::vec_t<32, wp::float32> var_25;
        //---------
        // forward
        // def global_pool_nodes(                                                                 <L 77>
        // g = wp.tid()                                                                           <L 85>
        var_0 = builtin_tid1d();
        // if g >= num_graphs:                                                                    <L 86>
        var_1 = (var_0 >= var_num_graphs);
        if (var_1) {
            // return                                                                             <L 87>
            continue;
        }
        // start = batch_ptr[g]                                                                   <L 88>
        var_2 = wp::address(var_batch_ptr, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // end = start + graph_node_count[g]                                                      <L 89>
        var_5 = wp::address(var_graph_node_count, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_3, var_7);
        // graph_size[g] = wp.max(end - start, 0)                                                 <L 90>
        var_8 = wp::sub(var_6, var_3);
        var_10 = wp::max(var_8, var_9);
        wp::array_store(var_graph_size, var_0, var_10);
        // if end <= start:                                                                       <L 91>
        var_11 = (var_6 <= var_3);
        if (var_11) {
            // graph_feat[g] = graph_vec()                                                        <L 93>
            var_12 = wp::vec_t<32, wp::float32>();
            wp::array_store(var_graph_feat, var_0, var_12);
            // return                                                                             <L 94>
            continue;
        }
        // if wp.static(op == "max"):                                                             <L 95>
        // acc = node_vec()                                                                       <L 98>
        var_14 = wp::vec_t<32, wp::float32>();
        // for k in range(start, end):                                                            <L 99>
        var_15 = wp::range(var_3, var_6);
        start_for_2:;
            if (iter_cmp(var_15) == 0) goto end_for_2;
            var_16 = wp::iter_next(var_15);
            // h = node_feat[k]                                                                   <L 100>
            var_17 = wp::address(var_node_feat, var_16);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
            // if wp.static(op == "max"):                                                         <L 101>
            // acc += h                                                                           <L 104>
            var_21 = wp::add(var_14, var_18);
            wp::assign(var_14, var_21);
            goto start_for_2;
        end_for_2:;
        // if wp.static(op == "mean"):                                                            <L 105>
        // acc = acc / float(end - start)                                                         <L 106>
        var_23 = wp::sub(var_6, var_3);
        var_24 = wp::float(var_23);
        var_25 = wp::div(var_14, var_24);
        // graph_feat[g] = acc                                                                    <L 107>
        wp::array_store(var_graph_feat, var_0, var_25);
    }
}



extern "C" __global__ void create_global_pool_nodes_kernel__locals__global_pool_nodes_832895d8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<32, wp::float32>> var_node_feat,
    wp::array_t<wp::vec_t<32, wp::float32>> var_graph_feat,
    wp::array_t<wp::int32> var_batch_ptr,
    wp::array_t<wp::int32> var_graph_node_count,
    wp::int32 var_num_graphs,
    wp::array_t<wp::int32> var_graph_size,
    wp::array_t<wp::vec_t<32, wp::float32>> adj_node_feat,
    wp::array_t<wp::vec_t<32, wp::float32>> adj_graph_feat,
    wp::array_t<wp::int32> adj_batch_ptr,
    wp::array_t<wp::int32> adj_graph_node_count,
    wp::int32 adj_num_graphs,
    wp::array_t<wp::int32> adj_graph_size)
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
        bool var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        wp::vec_t<32, wp::float32> var_12;
        const bool var_13 = false;
        wp::vec_t<32, wp::float32> var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::vec_t<32, wp::float32>* var_17;
        wp::vec_t<32, wp::float32> var_18;
        wp::vec_t<32, wp::float32> var_19;
        const bool var_20 = false;
        wp::vec_t<32, wp::float32> var_21;
        const bool var_22 = true;
        wp::int32 var_23;
        wp::float32 var_24;
        wp::vec_t<32, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::vec_t<32, wp::float32> adj_12 = {};
        bool adj_13 = {};
        wp::vec_t<32, wp::float32> adj_14 = {};
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<32, wp::float32> adj_17 = {};
        wp::vec_t<32, wp::float32> adj_18 = {};
        wp::vec_t<32, wp::float32> adj_19 = {};
        bool adj_20 = {};
        wp::vec_t<32, wp::float32> adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<32, wp::float32> adj_25 = {};
        //---------
        // forward
        // def global_pool_nodes(                                                                 <L 77>
        // g = wp.tid()                                                                           <L 85>
        var_0 = builtin_tid1d();
        // if g >= num_graphs:                                                                    <L 86>
        var_1 = (var_0 >= var_num_graphs);
        if (var_1) {
            // return                                                                             <L 87>
            goto label0;
        }
        // start = batch_ptr[g]                                                                   <L 88>
        var_2 = wp::address(var_batch_ptr, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // end = start + graph_node_count[g]                                                      <L 89>
        var_5 = wp::address(var_graph_node_count, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_3, var_7);
        // graph_size[g] = wp.max(end - start, 0)                                                 <L 90>
        var_8 = wp::sub(var_6, var_3);
        var_10 = wp::max(var_8, var_9);
        // wp::array_store(var_graph_size, var_0, var_10);
        // if end <= start:                                                                       <L 91>
        var_11 = (var_6 <= var_3);
        if (var_11) {
            // graph_feat[g] = graph_vec()                                                        <L 93>
            var_12 = wp::vec_t<32, wp::float32>();
            // wp::array_store(var_graph_feat, var_0, var_12);
            // return                                                                             <L 94>
            goto label1;
        }
        // if wp.static(op == "max"):                                                             <L 95>
        // acc = node_vec()                                                                       <L 98>
        var_14 = wp::vec_t<32, wp::float32>();
        // for k in range(start, end):                                                            <L 99>
        var_15 = wp::range(var_3, var_6);
        // if wp.static(op == "mean"):                                                            <L 105>
        // acc = acc / float(end - start)                                                         <L 106>
        var_23 = wp::sub(var_6, var_3);
        var_24 = wp::float(var_23);
        var_25 = wp::div(var_14, var_24);
        // graph_feat[g] = acc                                                                    <L 107>
        // wp::array_store(var_graph_feat, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_graph_feat, var_0, var_25, adj_graph_feat, adj_0, adj_25);
        // adj: graph_feat[g] = acc                                                               <L 107>
        wp::adj_div(var_14, var_24, adj_14, adj_24, adj_25);
        wp::adj_float(var_23, adj_23, adj_24);
        wp::adj_sub(var_6, var_3, adj_6, adj_3, adj_23);
        // adj: acc = acc / float(end - start)                                                    <L 106>
        // adj: if wp.static(op == "mean"):                                                       <L 105>
        var_15 = wp::iter_reverse(var_15);
        start_for_2:;
            if (iter_cmp(var_15) == 0) goto end_for_2;
            var_16 = wp::iter_next(var_15);
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
            // h = node_feat[k]                                                                   <L 100>
            var_17 = wp::address(var_node_feat, var_16);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
            // if wp.static(op == "max"):                                                         <L 101>
            // acc += h                                                                           <L 104>
            var_21 = wp::add(var_14, var_18);
            wp::assign(var_14, var_21);
            wp::adj_assign(var_14, var_21, adj_14, adj_21);
            wp::adj_add(var_14, var_18, adj_14, adj_18, adj_21);
            // adj: acc += h                                                                      <L 104>
            // adj: if wp.static(op == "max"):                                                    <L 101>
            wp::adj_copy(var_19, adj_17, adj_18);
            wp::adj_address(var_node_feat, var_16, adj_node_feat, adj_16, adj_17);
            // adj: h = node_feat[k]                                                              <L 100>
        	goto start_for_2;
        end_for_2:;
        // adj: for k in range(start, end):                                                       <L 99>
        // adj: acc = node_vec()                                                                  <L 98>
        // adj: if wp.static(op == "max"):                                                        <L 95>
        if (var_11) {
            label1:;
            // adj: return                                                                        <L 94>
            wp::adj_array_store(var_graph_feat, var_0, var_12, adj_graph_feat, adj_0, adj_12);
            // adj: graph_feat[g] = graph_vec()                                                   <L 93>
        }
        // adj: if end <= start:                                                                  <L 91>
        wp::adj_array_store(var_graph_size, var_0, var_10, adj_graph_size, adj_0, adj_10);
        wp::adj_max(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_sub(var_6, var_3, adj_6, adj_3, adj_8);
        // adj: graph_size[g] = wp.max(end - start, 0)                                            <L 90>
        wp::adj_add(var_3, var_7, adj_3, adj_5, adj_6);
        wp::adj_address(var_graph_node_count, var_0, adj_graph_node_count, adj_0, adj_5);
        // adj: end = start + graph_node_count[g]                                                 <L 89>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_batch_ptr, var_0, adj_batch_ptr, adj_0, adj_2);
        // adj: start = batch_ptr[g]                                                              <L 88>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 87>
        }
        // adj: if g >= num_graphs:                                                               <L 86>
        // adj: g = wp.tid()                                                                      <L 85>
        // adj: def global_pool_nodes(                                                            <L 77>
        continue;
    }
}



extern "C" __global__ void compute_env_rewards_8b1d9a17_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_actions,
    wp::array_t<wp::float32> var_last_actions,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::float32 var_w_track,
    wp::float32 var_w_dof_vel,
    wp::float32 var_w_action_rate,
    wp::float32 var_w_dof_pos_limits,
    wp::array_t<wp::float32> var_rew_buf)
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
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.25;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.0;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // forward
        // def compute_env_rewards(                                                               <L 44>
        // env, j = wp.tid()                                                                      <L 58>
        builtin_tid2d(var_0, var_1);
        // q_target = joint_target_pos[env, j]                                                    <L 59>
        var_2 = wp::address(var_joint_target_pos, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // joint_rate = joint_velocities[env, j]                                                  <L 60>
        var_5 = wp::address(var_joint_velocities, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // action = actions[env, j]                                                               <L 61>
        var_8 = wp::address(var_actions, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // a_prev = last_actions[env, j]                                                          <L 62>
        var_11 = wp::address(var_last_actions, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // upper = joint_limit_upper[env, j]                                                      <L 63>
        var_14 = wp::address(var_joint_limit_upper, var_0, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // q = joint_q[env, j]                                                                    <L 64>
        var_17 = wp::address(var_joint_q, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // reward = w_track * tracking_reward(q - q_target, 0.25)                                 <L 65>
        var_20 = wp::sub(var_18, var_3);
        var_22 = tracking_reward_0(var_20, var_21);
        var_23 = wp::mul(var_w_track, var_22);
        // reward -= w_dof_vel * joint_rate * joint_rate                                          <L 66>
        var_24 = wp::mul(var_w_dof_vel, var_6);
        var_25 = wp::mul(var_24, var_6);
        var_26 = wp::sub(var_23, var_25);
        // da = action - a_prev                                                                   <L 67>
        var_27 = wp::sub(var_9, var_12);
        // reward -= w_action_rate * da * da                                                      <L 68>
        var_28 = wp::mul(var_w_action_rate, var_27);
        var_29 = wp::mul(var_28, var_27);
        var_30 = wp::sub(var_26, var_29);
        // violation = wp.max(joint_limit_lower[env, j] - q, 0.0) + wp.max(q - upper, 0.0)        <L 69>
        var_31 = wp::address(var_joint_limit_lower, var_0, var_1);
        var_33 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_18);
        var_35 = wp::max(var_32, var_34);
        var_36 = wp::sub(var_18, var_15);
        var_38 = wp::max(var_36, var_37);
        var_39 = wp::add(var_35, var_38);
        // reward -= w_dof_pos_limits * violation                                                 <L 70>
        var_40 = wp::mul(var_w_dof_pos_limits, var_39);
        var_41 = wp::sub(var_30, var_40);
        // wp.atomic_add(rew_buf, env, reward)                                                    <L 71>
        var_42 = wp::atomic_add(var_rew_buf, var_0, var_41);
    }
}

