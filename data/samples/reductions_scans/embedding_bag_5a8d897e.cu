// Warp 1.19.0 cuda code for embedding_bag_5a8d897e.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// embedding_bag.py:4
static CUDA_CALLABLE wp::float32 embedding_value_0(
    wp::array_t<wp::float32> var_table,
    wp::int32 var_row,
    wp::int32 var_col,
    wp::float32 var_emb_scale)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def embedding_value(table: wp.array2d(dtype=float), row: int, col: int, emb_scale: float) -> float:       <L 5>
    // return table[row, col] * emb_scale                                                     <L 7>
    var_0 = wp::address(var_table, var_row, var_col);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_emb_scale);
    return var_1;
}


// embedding_bag.py:4
static CUDA_CALLABLE void adj_embedding_value_0(
    wp::array_t<wp::float32> var_table,
    wp::int32 var_row,
    wp::int32 var_col,
    wp::float32 var_emb_scale,
    wp::array_t<wp::float32> & adj_table,
    wp::int32 & adj_row,
    wp::int32 & adj_col,
    wp::float32 & adj_emb_scale,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def embedding_value(table: wp.array2d(dtype=float), row: int, col: int, emb_scale: float) -> float:       <L 5>
    // return table[row, col] * emb_scale                                                     <L 7>
    var_0 = wp::address(var_table, var_row, var_col);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_emb_scale);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_2, var_emb_scale, adj_0, adj_emb_scale, adj_1);
    wp::adj_address(var_table, var_row, var_col, adj_table, adj_row, adj_col, adj_0);
    // adj: return table[row, col] * emb_scale                                                <L 7>
    // adj: def embedding_value(table: wp.array2d(dtype=float), row: int, col: int, emb_scale: float) -> float:  <L 5>
    return;
}



extern "C" __global__ void embedding_bag_2d78447a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_seq_start,
    wp::array_t<wp::int32> var_token_ids,
    wp::array_t<wp::float32> var_emb_table,
    wp::array_t<wp::float32> var_seq_embedding)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        bool var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::shape_t var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        wp::float32 var_22;
        wp::range_t var_23;
        wp::int32 var_24;
        wp::int32* var_25;
        wp::int32 var_26;
        wp::int32 var_27;
        bool var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 0;
        wp::int32 var_33;
        wp::shape_t var_34;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        //---------
        // forward
        // def embedding_bag(                                                                     <L 11>
        // b, d = wp.tid()                                                                        <L 17>
        builtin_tid2d(var_0, var_1);
        // if d >= emb_table.shape[1]:                                                            <L 18>
        var_2 = &(var_emb_table.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_1 >= var_4);
        if (var_6) {
            // return                                                                             <L 19>
            continue;
        }
        // start = seq_start[b]                                                                   <L 20>
        var_7 = wp::address(var_seq_start, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // end = seq_start[b + 1]                                                                 <L 21>
        var_11 = wp::add(var_0, var_10);
        var_12 = wp::address(var_seq_start, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // emb_scale = wp.sqrt(float(emb_table.shape[1]))                                         <L 22>
        var_15 = &(var_emb_table.shape);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        var_19 = wp::float(var_17);
        var_20 = wp::sqrt(var_19);
        // acc = float(0.0)                                                                       <L 23>
        var_22 = wp::float(var_21);
        // for t in range(start, end):                                                            <L 24>
        var_23 = wp::range(var_8, var_13);
        start_for_1:;
            if (iter_cmp(var_23) == 0) goto end_for_1;
            var_24 = wp::iter_next(var_23);
            // tok = token_ids[t]                                                                 <L 25>
            var_25 = wp::address(var_token_ids, var_24);
            var_27 = wp::load(var_25);
            var_26 = wp::copy(var_27);
            // if tok < 0 or tok >= emb_table.shape[0]:                                           <L 26>
            var_30 = (var_26 < var_29);
            var_28 = var_30;
            if (!var_28) {
                var_31 = &(var_emb_table.shape);
                var_34 = wp::load(var_31);
                var_33 = wp::extract(var_34, var_32);
                var_35 = (var_26 >= var_33);
                var_28 = var_28 || var_35;
            }
            if (var_28) {
                // continue                                                                       <L 27>
                goto start_for_1;
            }
            // v = embedding_value(emb_table, tok, d, emb_scale)                                  <L 28>
            var_36 = embedding_value_0(var_emb_table, var_26, var_1, var_20);
            // acc += v                                                                           <L 29>
            var_37 = wp::add(var_22, var_36);
            wp::assign(var_22, var_37);
            goto start_for_1;
        end_for_1:;
        // seq_embedding[b, d] = acc                                                              <L 30>
        wp::array_store(var_seq_embedding, var_0, var_1, var_22);
    }
}



extern "C" __global__ void embedding_bag_2d78447a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_seq_start,
    wp::array_t<wp::int32> var_token_ids,
    wp::array_t<wp::float32> var_emb_table,
    wp::array_t<wp::float32> var_seq_embedding,
    wp::array_t<wp::int32> adj_seq_start,
    wp::array_t<wp::int32> adj_token_ids,
    wp::array_t<wp::float32> adj_emb_table,
    wp::array_t<wp::float32> adj_seq_embedding)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        bool var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::shape_t var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        wp::float32 var_22;
        wp::range_t var_23;
        wp::int32 var_24;
        wp::int32* var_25;
        wp::int32 var_26;
        wp::int32 var_27;
        bool var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 0;
        wp::int32 var_33;
        wp::shape_t var_34;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::shape_t adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::range_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        wp::shape_t adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::shape_t adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        //---------
        // forward
        // def embedding_bag(                                                                     <L 11>
        // b, d = wp.tid()                                                                        <L 17>
        builtin_tid2d(var_0, var_1);
        // if d >= emb_table.shape[1]:                                                            <L 18>
        var_2 = &(var_emb_table.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_1 >= var_4);
        if (var_6) {
            // return                                                                             <L 19>
            goto label0;
        }
        // start = seq_start[b]                                                                   <L 20>
        var_7 = wp::address(var_seq_start, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // end = seq_start[b + 1]                                                                 <L 21>
        var_11 = wp::add(var_0, var_10);
        var_12 = wp::address(var_seq_start, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // emb_scale = wp.sqrt(float(emb_table.shape[1]))                                         <L 22>
        var_15 = &(var_emb_table.shape);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        var_19 = wp::float(var_17);
        var_20 = wp::sqrt(var_19);
        // acc = float(0.0)                                                                       <L 23>
        var_22 = wp::float(var_21);
        // for t in range(start, end):                                                            <L 24>
        var_23 = wp::range(var_8, var_13);
        // seq_embedding[b, d] = acc                                                              <L 30>
        // wp::array_store(var_seq_embedding, var_0, var_1, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_seq_embedding, var_0, var_1, var_22, adj_seq_embedding, adj_0, adj_1, adj_22);
        // adj: seq_embedding[b, d] = acc                                                         <L 30>
        var_23 = wp::iter_reverse(var_23);
        start_for_1:;
            if (iter_cmp(var_23) == 0) goto end_for_1;
            var_24 = wp::iter_next(var_23);
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
            // tok = token_ids[t]                                                                 <L 25>
            var_25 = wp::address(var_token_ids, var_24);
            var_27 = wp::load(var_25);
            var_26 = wp::copy(var_27);
            // if tok < 0 or tok >= emb_table.shape[0]:                                           <L 26>
            var_30 = (var_26 < var_29);
            var_28 = var_30;
            if (!var_28) {
                var_31 = &(var_emb_table.shape);
                var_34 = wp::load(var_31);
                var_33 = wp::extract(var_34, var_32);
                var_35 = (var_26 >= var_33);
                var_28 = var_28 || var_35;
            }
            if (var_28) {
                // continue                                                                       <L 27>
                goto start_for_1;
            }
            // v = embedding_value(emb_table, tok, d, emb_scale)                                  <L 28>
            var_36 = embedding_value_0(var_emb_table, var_26, var_1, var_20);
            // acc += v                                                                           <L 29>
            var_37 = wp::add(var_22, var_36);
            wp::assign(var_22, var_37);
            wp::adj_assign(var_22, var_37, adj_22, adj_37);
            wp::adj_add(var_22, var_36, adj_22, adj_36, adj_37);
            // adj: acc += v                                                                      <L 29>
            adj_embedding_value_0(var_emb_table, var_26, var_1, var_20, adj_emb_table, adj_26, adj_1, adj_20, adj_36);
            // adj: v = embedding_value(emb_table, tok, d, emb_scale)                             <L 28>
            if (var_28) {
                // adj: continue                                                                  <L 27>
            }
            if (!var_28) {
                adj_emb_table.shape = adj_31;
            }
            // adj: if tok < 0 or tok >= emb_table.shape[0]:                                      <L 26>
            wp::adj_copy(var_27, adj_25, adj_26);
            wp::adj_address(var_token_ids, var_24, adj_token_ids, adj_24, adj_25);
            // adj: tok = token_ids[t]                                                            <L 25>
        	goto start_for_1;
        end_for_1:;
        // adj: for t in range(start, end):                                                       <L 24>
        wp::adj_float(var_21, adj_21, adj_22);
        // adj: acc = float(0.0)                                                                  <L 23>
        wp::adj_sqrt(var_19, var_20, adj_19, adj_20);
        wp::adj_float(var_17, adj_17, adj_19);
        adj_emb_table.shape = adj_15;
        // adj: emb_scale = wp.sqrt(float(emb_table.shape[1]))                                    <L 22>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_seq_start, var_11, adj_seq_start, adj_11, adj_12);
        wp::adj_add(var_0, var_10, adj_0, adj_10, adj_11);
        // adj: end = seq_start[b + 1]                                                            <L 21>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_seq_start, var_0, adj_seq_start, adj_0, adj_7);
        // adj: start = seq_start[b]                                                              <L 20>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 19>
        }
        adj_emb_table.shape = adj_2;
        // adj: if d >= emb_table.shape[1]:                                                       <L 18>
        // adj: b, d = wp.tid()                                                                   <L 17>
        // adj: def embedding_bag(                                                                <L 11>
        continue;
    }
}

