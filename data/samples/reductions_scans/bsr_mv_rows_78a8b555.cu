// Warp 1.19.0 cuda code for bsr_mv_rows_78a8b555.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void bsr_mv_rows_cb3b7520_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_row_offsets,
    wp::array_t<wp::int32> var_col_indices,
    wp::array_t<wp::float32> var_nnz_values,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_rhs,
    wp::array_t<wp::int32> var_dirichlet_rows,
    wp::array_t<wp::float32> var_r,
    wp::int32 var_row_count)
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
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
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
        //---------
        // forward
        // def bsr_mv_rows(                                                                       <L 5>
        // row = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // if row >= row_count:                                                                   <L 17>
        var_1 = (var_0 >= var_row_count);
        if (var_1) {
            // return                                                                             <L 18>
            continue;
        }
        // if dirichlet_rows[row] != 0:                                                           <L 19>
        var_2 = wp::address(var_dirichlet_rows, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 != var_3);
        if (var_4) {
            // r[row] = float(0.0)                                                                <L 20>
            var_7 = wp::float(var_6);
            wp::array_store(var_r, var_0, var_7);
            // return                                                                             <L 21>
            continue;
        }
        // Ax = float(0.0)                                                                        <L 22>
        var_9 = wp::float(var_8);
        // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 23>
        var_10 = wp::address(var_row_offsets, var_0);
        var_12 = wp::add(var_0, var_11);
        var_13 = wp::address(var_row_offsets, var_12);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_13);
        var_14 = wp::range(var_15, var_16);
        start_for_2:;
            if (iter_cmp(var_14) == 0) goto end_for_2;
            var_17 = wp::iter_next(var_14);
            // col = col_indices[k]                                                               <L 24>
            var_18 = wp::address(var_col_indices, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // a_k = nnz_values[k]                                                                <L 25>
            var_21 = wp::address(var_nnz_values, var_17);
            var_23 = wp::load(var_21);
            var_22 = wp::copy(var_23);
            // Ax += a_k * x[col]                                                                 <L 26>
            var_24 = wp::address(var_x, var_19);
            var_26 = wp::load(var_24);
            var_25 = wp::mul(var_22, var_26);
            var_27 = wp::add(var_9, var_25);
            wp::assign(var_9, var_27);
            goto start_for_2;
        end_for_2:;
        // res = rhs[row] - Ax                                                                    <L 27>
        var_28 = wp::address(var_rhs, var_0);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_9);
        // r[row] = res                                                                           <L 28>
        wp::array_store(var_r, var_0, var_29);
    }
}



extern "C" __global__ void bsr_mv_rows_cb3b7520_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_row_offsets,
    wp::array_t<wp::int32> var_col_indices,
    wp::array_t<wp::float32> var_nnz_values,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_rhs,
    wp::array_t<wp::int32> var_dirichlet_rows,
    wp::array_t<wp::float32> var_r,
    wp::int32 var_row_count,
    wp::array_t<wp::int32> adj_row_offsets,
    wp::array_t<wp::int32> adj_col_indices,
    wp::array_t<wp::float32> adj_nnz_values,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_rhs,
    wp::array_t<wp::int32> adj_dirichlet_rows,
    wp::array_t<wp::float32> adj_r,
    wp::int32 adj_row_count)
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
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
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
        //---------
        // forward
        // def bsr_mv_rows(                                                                       <L 5>
        // row = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // if row >= row_count:                                                                   <L 17>
        var_1 = (var_0 >= var_row_count);
        if (var_1) {
            // return                                                                             <L 18>
            goto label0;
        }
        // if dirichlet_rows[row] != 0:                                                           <L 19>
        var_2 = wp::address(var_dirichlet_rows, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 != var_3);
        if (var_4) {
            // r[row] = float(0.0)                                                                <L 20>
            var_7 = wp::float(var_6);
            // wp::array_store(var_r, var_0, var_7);
            // return                                                                             <L 21>
            goto label1;
        }
        // Ax = float(0.0)                                                                        <L 22>
        var_9 = wp::float(var_8);
        // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 23>
        var_10 = wp::address(var_row_offsets, var_0);
        var_12 = wp::add(var_0, var_11);
        var_13 = wp::address(var_row_offsets, var_12);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_13);
        var_14 = wp::range(var_15, var_16);
        // res = rhs[row] - Ax                                                                    <L 27>
        var_28 = wp::address(var_rhs, var_0);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_9);
        // r[row] = res                                                                           <L 28>
        // wp::array_store(var_r, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_r, var_0, var_29, adj_r, adj_0, adj_29);
        // adj: r[row] = res                                                                      <L 28>
        wp::adj_sub(var_30, var_9, adj_28, adj_9, adj_29);
        wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_28);
        // adj: res = rhs[row] - Ax                                                               <L 27>
        var_14 = wp::iter_reverse(var_14);
        start_for_2:;
            if (iter_cmp(var_14) == 0) goto end_for_2;
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
            // col = col_indices[k]                                                               <L 24>
            var_18 = wp::address(var_col_indices, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // a_k = nnz_values[k]                                                                <L 25>
            var_21 = wp::address(var_nnz_values, var_17);
            var_23 = wp::load(var_21);
            var_22 = wp::copy(var_23);
            // Ax += a_k * x[col]                                                                 <L 26>
            var_24 = wp::address(var_x, var_19);
            var_26 = wp::load(var_24);
            var_25 = wp::mul(var_22, var_26);
            var_27 = wp::add(var_9, var_25);
            wp::assign(var_9, var_27);
            wp::adj_assign(var_9, var_27, adj_9, adj_27);
            wp::adj_add(var_9, var_25, adj_9, adj_25, adj_27);
            wp::adj_mul(var_22, var_26, adj_22, adj_24, adj_25);
            wp::adj_address(var_x, var_19, adj_x, adj_19, adj_24);
            // adj: Ax += a_k * x[col]                                                            <L 26>
            wp::adj_copy(var_23, adj_21, adj_22);
            wp::adj_address(var_nnz_values, var_17, adj_nnz_values, adj_17, adj_21);
            // adj: a_k = nnz_values[k]                                                           <L 25>
            wp::adj_copy(var_20, adj_18, adj_19);
            wp::adj_address(var_col_indices, var_17, adj_col_indices, adj_17, adj_18);
            // adj: col = col_indices[k]                                                          <L 24>
        	goto start_for_2;
        end_for_2:;
        wp::adj_address(var_row_offsets, var_12, adj_row_offsets, adj_12, adj_13);
        wp::adj_add(var_0, var_11, adj_0, adj_11, adj_12);
        wp::adj_address(var_row_offsets, var_0, adj_row_offsets, adj_0, adj_10);
        // adj: for k in range(row_offsets[row], row_offsets[row + 1]):                           <L 23>
        wp::adj_float(var_8, adj_8, adj_9);
        // adj: Ax = float(0.0)                                                                   <L 22>
        if (var_4) {
            label1:;
            // adj: return                                                                        <L 21>
            wp::adj_array_store(var_r, var_0, var_7, adj_r, adj_0, adj_7);
            wp::adj_float(var_6, adj_6, adj_7);
            // adj: r[row] = float(0.0)                                                           <L 20>
        }
        wp::adj_address(var_dirichlet_rows, var_0, adj_dirichlet_rows, adj_0, adj_2);
        // adj: if dirichlet_rows[row] != 0:                                                      <L 19>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 18>
        }
        // adj: if row >= row_count:                                                              <L 17>
        // adj: row = wp.tid()                                                                    <L 16>
        // adj: def bsr_mv_rows(                                                                  <L 5>
        continue;
    }
}

