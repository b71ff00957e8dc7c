// Warp 1.19.0 cpu code for segmented_reduce_37ee34d6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// segmented_reduce.py:75
static wp::float32 tracking_reward_0(
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
    // def tracking_reward(error: float, sigma: float) -> float:                              <L 76>
    // return wp.exp(-error * error / sigma)                                                  <L 78>
    var_0 = wp::neg(var_error);
    var_1 = wp::mul(var_0, var_error);
    var_2 = wp::div(var_1, var_sigma);
    var_3 = wp::exp(var_2);
    return var_3;
}


// segmented_reduce.py:20
static wp::float32 embedding_value_0(
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
    // def embedding_value(table: wp.array2d(dtype=float), row: int, col: int, emb_scale: float) -> float:       <L 21>
    // return table[row, col] * emb_scale                                                     <L 23>
    var_0 = wp::address(var_table, var_row, var_col);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_emb_scale);
    return var_1;
}


// segmented_reduce.py:75
static void adj_tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma,
    wp::float32 & adj_error,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// segmented_reduce.py:20
static void adj_embedding_value_0(
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
    // def embedding_value(table: wp.array2d(dtype=float), row: int, col: int, emb_scale: float) -> float:       <L 21>
    // return table[row, col] * emb_scale                                                     <L 23>
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
    // adj: return table[row, col] * emb_scale                                                <L 23>
    // adj: def embedding_value(table: wp.array2d(dtype=float), row: int, col: int, emb_scale: float) -> float:  <L 21>
    return;
}

struct wp_args_csr_row_products_02a4f3ce {
    wp::array_t<wp::int32> row_offsets;
    wp::array_t<wp::int32> columns;
    wp::array_t<wp::float32> matrix_entries;
    wp::array_t<wp::float32> x_in;
    wp::array_t<wp::float32> y_out;
};


template <bool wp_linear_contiguous>
static void csr_row_products_02a4f3ce_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_csr_row_products_02a4f3ce *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_csr_row_products_02a4f3ce wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.columns.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.matrix_entries.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x_in.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.y_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_row_offsets = _wp_args->row_offsets;
    wp::array_t<wp::int32> var_columns = _wp_args->columns;
    wp::array_t<wp::float32> var_matrix_entries = _wp_args->matrix_entries;
    wp::array_t<wp::float32> var_x_in = _wp_args->x_in;
    wp::array_t<wp::float32> var_y_out = _wp_args->y_out;
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
    //---------
    // forward
    // def csr_row_products(                                                                  <L 57>
    // row = wp.tid()                                                                         <L 64>
    var_0 = builtin_tid1d();
    // if row >= row_offsets.shape[0] - 1:                                                    <L 65>
    var_1 = &(var_row_offsets.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = (var_0 >= var_6);
    if (var_7) {
        // return                                                                             <L 66>
        return;
    }
    // Ax = float(0.0)                                                                        <L 67>
    var_9 = wp::float(var_8);
    // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 68>
    var_10 = wp::address(var_row_offsets, var_0);
    var_12 = wp::add(var_0, var_11);
    var_13 = wp::address(var_row_offsets, var_12);
    var_15 = wp::load(var_10);
    var_16 = wp::load(var_13);
    var_14 = wp::range(var_15, var_16);
    start_for_1:;
        if (iter_cmp(var_14) == 0) goto end_for_1;
        var_17 = wp::iter_next(var_14);
        // col = columns[k]                                                                   <L 69>
        var_18 = wp::address(var_columns, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // a_k = matrix_entries[k]                                                            <L 70>
        var_21 = wp::address(var_matrix_entries, var_17);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // Ax += a_k * x_in[col]                                                              <L 71>
        var_24 = wp::address(var_x_in, var_19);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_22, var_26);
        var_27 = wp::add(var_9, var_25);
        wp::assign(var_9, var_27);
        goto start_for_1;
    end_for_1:;
    // y_out[row] = Ax                                                                        <L 72>
    wp::array_store(var_y_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void csr_row_products_02a4f3ce_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_csr_row_products_02a4f3ce *_wp_args,
    wp_args_csr_row_products_02a4f3ce *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_csr_row_products_02a4f3ce wp_contiguous_args;
    wp_args_csr_row_products_02a4f3ce wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.columns.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.columns.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.matrix_entries.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.matrix_entries.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x_in.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.x_in.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.y_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.y_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_row_offsets = _wp_args->row_offsets;
    wp::array_t<wp::int32> var_columns = _wp_args->columns;
    wp::array_t<wp::float32> var_matrix_entries = _wp_args->matrix_entries;
    wp::array_t<wp::float32> var_x_in = _wp_args->x_in;
    wp::array_t<wp::float32> var_y_out = _wp_args->y_out;
    wp::array_t<wp::int32> adj_row_offsets = _wp_adj_args->row_offsets;
    wp::array_t<wp::int32> adj_columns = _wp_adj_args->columns;
    wp::array_t<wp::float32> adj_matrix_entries = _wp_adj_args->matrix_entries;
    wp::array_t<wp::float32> adj_x_in = _wp_adj_args->x_in;
    wp::array_t<wp::float32> adj_y_out = _wp_adj_args->y_out;
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
    //---------
    // forward
    // def csr_row_products(                                                                  <L 57>
    // row = wp.tid()                                                                         <L 64>
    var_0 = builtin_tid1d();
    // if row >= row_offsets.shape[0] - 1:                                                    <L 65>
    var_1 = &(var_row_offsets.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = (var_0 >= var_6);
    if (var_7) {
        // return                                                                             <L 66>
        goto label0;
    }
    // Ax = float(0.0)                                                                        <L 67>
    var_9 = wp::float(var_8);
    // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 68>
    var_10 = wp::address(var_row_offsets, var_0);
    var_12 = wp::add(var_0, var_11);
    var_13 = wp::address(var_row_offsets, var_12);
    var_15 = wp::load(var_10);
    var_16 = wp::load(var_13);
    var_14 = wp::range(var_15, var_16);
    // y_out[row] = Ax                                                                        <L 72>
    // wp::array_store(var_y_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_y_out, var_0, var_9, adj_y_out, adj_0, adj_9);
    // adj: y_out[row] = Ax                                                                   <L 72>
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
        // col = columns[k]                                                                   <L 69>
        var_18 = wp::address(var_columns, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // a_k = matrix_entries[k]                                                            <L 70>
        var_21 = wp::address(var_matrix_entries, var_17);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // Ax += a_k * x_in[col]                                                              <L 71>
        var_24 = wp::address(var_x_in, var_19);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_22, var_26);
        var_27 = wp::add(var_9, var_25);
        wp::assign(var_9, var_27);
        wp::adj_assign(var_9, var_27, adj_9, adj_27);
        wp::adj_add(var_9, var_25, adj_9, adj_25, adj_27);
        wp::adj_mul(var_22, var_26, adj_22, adj_24, adj_25);
        wp::adj_address(var_x_in, var_19, adj_x_in, adj_19, adj_24);
        // adj: Ax += a_k * x_in[col]                                                         <L 71>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_matrix_entries, var_17, adj_matrix_entries, adj_17, adj_21);
        // adj: a_k = matrix_entries[k]                                                       <L 70>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_columns, var_17, adj_columns, adj_17, adj_18);
        // adj: col = columns[k]                                                              <L 69>
    	goto start_for_1;
    end_for_1:;
    wp::adj_address(var_row_offsets, var_12, adj_row_offsets, adj_12, adj_13);
    wp::adj_add(var_0, var_11, adj_0, adj_11, adj_12);
    wp::adj_address(var_row_offsets, var_0, adj_row_offsets, adj_0, adj_10);
    // adj: for k in range(row_offsets[row], row_offsets[row + 1]):                           <L 68>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: Ax = float(0.0)                                                                   <L 67>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 66>
    }
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    adj_row_offsets.shape = adj_1;
    // adj: if row >= row_offsets.shape[0] - 1:                                               <L 65>
    // adj: row = wp.tid()                                                                    <L 64>
    // adj: def csr_row_products(                                                             <L 57>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void csr_row_products_02a4f3ce_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_02a4f3ce *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        csr_row_products_02a4f3ce_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void csr_row_products_02a4f3ce_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_02a4f3ce *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->columns.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->matrix_entries.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x_in.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->y_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        csr_row_products_02a4f3ce_cpu_forward_tasks<true>(dim, _wp_args);
    else
        csr_row_products_02a4f3ce_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void csr_row_products_02a4f3ce_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_02a4f3ce *_wp_args)
{
    csr_row_products_02a4f3ce_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void csr_row_products_02a4f3ce_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_02a4f3ce *_wp_args,
    wp_args_csr_row_products_02a4f3ce *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        csr_row_products_02a4f3ce_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void csr_row_products_02a4f3ce_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_02a4f3ce *_wp_args,
    wp_args_csr_row_products_02a4f3ce *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->columns.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->columns.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->matrix_entries.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->matrix_entries.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x_in.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->x_in.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->y_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->y_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        csr_row_products_02a4f3ce_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        csr_row_products_02a4f3ce_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void csr_row_products_02a4f3ce_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_02a4f3ce *_wp_args,
    wp_args_csr_row_products_02a4f3ce *_wp_adj_args)
{
    csr_row_products_02a4f3ce_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_segmented_reduce_8f45a7ef {
    wp::array_t<wp::int32> segment_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> vectors;
    wp::int32 num_items;
    wp::array_t<wp::float32> segment_sums;
};


template <bool wp_linear_contiguous>
static void segmented_reduce_8f45a7ef_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_segmented_reduce_8f45a7ef *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_segmented_reduce_8f45a7ef wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.segment_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.segment_sums.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_segment_ids = _wp_args->segment_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> var_vectors = _wp_args->vectors;
    wp::int32 var_num_items = _wp_args->num_items;
    wp::array_t<wp::float32> var_segment_sums = _wp_args->segment_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::vec_t<4, wp::float32>* var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::vec_t<4, wp::float32> var_7;
    bool var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def segmented_reduce(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= num_items:                                                                   <L 12>
    var_1 = (var_0 >= var_num_items);
    if (var_1) {
        // return                                                                             <L 13>
        return;
    }
    // seg = segment_ids[tid]                                                                 <L 14>
    var_2 = wp::address(var_segment_ids, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // u = vectors[tid]                                                                       <L 15>
    var_5 = wp::address(var_vectors, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if seg >= 0 and seg < segment_sums.shape[0]:                                           <L 16>
    var_10 = (var_3 >= var_9);
    var_8 = var_10;
    if (var_8) {
        var_11 = &(var_segment_sums.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_15 = (var_3 < var_13);
        var_8 = var_8 && var_15;
    }
    if (var_8) {
        // wp.atomic_max(segment_sums, seg, wp.length(u))                                     <L 17>
        var_16 = wp::length(var_6);
        var_17 = wp::atomic_max(var_segment_sums, var_3, var_16);
    }
}



template <bool wp_linear_contiguous>
static void segmented_reduce_8f45a7ef_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_segmented_reduce_8f45a7ef *_wp_args,
    wp_args_segmented_reduce_8f45a7ef *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_segmented_reduce_8f45a7ef wp_contiguous_args;
    wp_args_segmented_reduce_8f45a7ef wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.segment_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.segment_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.vectors.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.segment_sums.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.segment_sums.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_segment_ids = _wp_args->segment_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> var_vectors = _wp_args->vectors;
    wp::int32 var_num_items = _wp_args->num_items;
    wp::array_t<wp::float32> var_segment_sums = _wp_args->segment_sums;
    wp::array_t<wp::int32> adj_segment_ids = _wp_adj_args->segment_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_vectors = _wp_adj_args->vectors;
    wp::int32 adj_num_items = _wp_adj_args->num_items;
    wp::array_t<wp::float32> adj_segment_sums = _wp_adj_args->segment_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::vec_t<4, wp::float32>* var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::vec_t<4, wp::float32> var_7;
    bool var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<4, wp::float32> adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def segmented_reduce(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= num_items:                                                                   <L 12>
    var_1 = (var_0 >= var_num_items);
    if (var_1) {
        // return                                                                             <L 13>
        goto label0;
    }
    // seg = segment_ids[tid]                                                                 <L 14>
    var_2 = wp::address(var_segment_ids, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // u = vectors[tid]                                                                       <L 15>
    var_5 = wp::address(var_vectors, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if seg >= 0 and seg < segment_sums.shape[0]:                                           <L 16>
    var_10 = (var_3 >= var_9);
    var_8 = var_10;
    if (var_8) {
        var_11 = &(var_segment_sums.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_15 = (var_3 < var_13);
        var_8 = var_8 && var_15;
    }
    if (var_8) {
        // wp.atomic_max(segment_sums, seg, wp.length(u))                                     <L 17>
        var_16 = wp::length(var_6);
        // var_17 = wp::atomic_max(var_segment_sums, var_3, var_16);
    }
    //---------
    // reverse
    if (var_8) {
        wp::adj_atomic_max(var_segment_sums, var_3, var_16, adj_segment_sums, adj_3, adj_16, adj_17);
        wp::adj_length(var_6, var_16, adj_6, adj_16);
        // adj: wp.atomic_max(segment_sums, seg, wp.length(u))                                <L 17>
    }
    if (var_8) {
        adj_segment_sums.shape = adj_11;
    }
    // adj: if seg >= 0 and seg < segment_sums.shape[0]:                                      <L 16>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_5);
    // adj: u = vectors[tid]                                                                  <L 15>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_segment_ids, var_0, adj_segment_ids, adj_0, adj_2);
    // adj: seg = segment_ids[tid]                                                            <L 14>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    // adj: if tid >= num_items:                                                              <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def segmented_reduce(                                                             <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void segmented_reduce_8f45a7ef_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_segmented_reduce_8f45a7ef *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        segmented_reduce_8f45a7ef_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void segmented_reduce_8f45a7ef_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_segmented_reduce_8f45a7ef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->segment_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->segment_sums.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        segmented_reduce_8f45a7ef_cpu_forward_tasks<true>(dim, _wp_args);
    else
        segmented_reduce_8f45a7ef_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void segmented_reduce_8f45a7ef_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_segmented_reduce_8f45a7ef *_wp_args)
{
    segmented_reduce_8f45a7ef_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void segmented_reduce_8f45a7ef_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_segmented_reduce_8f45a7ef *_wp_args,
    wp_args_segmented_reduce_8f45a7ef *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        segmented_reduce_8f45a7ef_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void segmented_reduce_8f45a7ef_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_segmented_reduce_8f45a7ef *_wp_args,
    wp_args_segmented_reduce_8f45a7ef *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->segment_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->segment_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->vectors.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->segment_sums.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->segment_sums.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        segmented_reduce_8f45a7ef_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        segmented_reduce_8f45a7ef_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void segmented_reduce_8f45a7ef_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_segmented_reduce_8f45a7ef *_wp_args,
    wp_args_segmented_reduce_8f45a7ef *_wp_adj_args)
{
    segmented_reduce_8f45a7ef_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_compute_rewards_92fd192b {
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_target_pos;
    wp::float32 tracking_weight;
    wp::float32 tracking_sigma;
    wp::array_t<wp::float32> rewards;
};


template <bool wp_linear_contiguous>
static void compute_rewards_92fd192b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_compute_rewards_92fd192b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::float32 var_tracking_weight = _wp_args->tracking_weight;
    wp::float32 var_tracking_sigma = _wp_args->tracking_sigma;
    wp::array_t<wp::float32> var_rewards = _wp_args->rewards;
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
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def compute_rewards(                                                                   <L 82>
    // env, j = wp.tid()                                                                      <L 90>
    builtin_tid2d(var_0, var_1);
    // q_j = joint_q[env, j]                                                                  <L 91>
    var_2 = wp::address(var_joint_q, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // q_target = joint_target_pos[env, j]                                                    <L 92>
    var_5 = wp::address(var_joint_target_pos, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // reward = tracking_weight * tracking_reward(q_j - q_target, tracking_sigma)             <L 93>
    var_8 = wp::sub(var_3, var_6);
    var_9 = tracking_reward_0(var_8, var_tracking_sigma);
    var_10 = wp::mul(var_tracking_weight, var_9);
    // wp.atomic_add(rewards, env, reward)                                                    <L 94>
    var_11 = wp::atomic_add(var_rewards, var_0, var_10);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_rewards_92fd192b_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_compute_rewards_92fd192b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_rewards_92fd192b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compute_rewards_92fd192b_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_compute_rewards_92fd192b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    compute_rewards_92fd192b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_rewards_92fd192b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_compute_rewards_92fd192b *_wp_args)
{
    compute_rewards_92fd192b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_embedding_bag_e8cf1590 {
    wp::array_t<wp::int32> cu_seqlens;
    wp::array_t<wp::int32> tokens;
    wp::array_t<wp::float32> weight;
    wp::array_t<wp::float32> token_weights;
    wp::array_t<wp::float32> pooled;
    wp::array_t<wp::int32> valid_tokens;
};


template <bool wp_linear_contiguous>
static void embedding_bag_e8cf1590_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_embedding_bag_e8cf1590 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_cu_seqlens = _wp_args->cu_seqlens;
    wp::array_t<wp::int32> var_tokens = _wp_args->tokens;
    wp::array_t<wp::float32> var_weight = _wp_args->weight;
    wp::array_t<wp::float32> var_token_weights = _wp_args->token_weights;
    wp::array_t<wp::float32> var_pooled = _wp_args->pooled;
    wp::array_t<wp::int32> var_valid_tokens = _wp_args->valid_tokens;
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
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    wp::range_t var_25;
    wp::int32 var_26;
    wp::int32* var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    bool var_30;
    const wp::int32 var_31 = 0;
    bool var_32;
    wp::shape_t* var_33;
    const wp::int32 var_34 = 0;
    wp::int32 var_35;
    wp::shape_t var_36;
    bool var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
    //---------
    // forward
    // def embedding_bag(                                                                     <L 27>
    // b, d = wp.tid()                                                                        <L 35>
    builtin_tid2d(var_0, var_1);
    // if d >= weight.shape[1]:                                                               <L 36>
    var_2 = &(var_weight.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = (var_1 >= var_4);
    if (var_6) {
        // return                                                                             <L 37>
        return;
    }
    // start = cu_seqlens[b]                                                                  <L 38>
    var_7 = wp::address(var_cu_seqlens, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // end = cu_seqlens[b + 1]                                                                <L 39>
    var_11 = wp::add(var_0, var_10);
    var_12 = wp::address(var_cu_seqlens, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // emb_scale = wp.sqrt(float(weight.shape[1]))                                            <L 40>
    var_15 = &(var_weight.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::float(var_17);
    var_20 = wp::sqrt(var_19);
    // acc = float(0.0)                                                                       <L 41>
    var_22 = wp::float(var_21);
    // count = wp.int32(0)                                                                    <L 42>
    var_24 = wp::int32(var_23);
    // for t in range(start, end):                                                            <L 43>
    var_25 = wp::range(var_8, var_13);
    start_for_1:;
        if (iter_cmp(var_25) == 0) goto end_for_1;
        var_26 = wp::iter_next(var_25);
        // tok = tokens[t]                                                                    <L 44>
        var_27 = wp::address(var_tokens, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // if tok < 0 or tok >= weight.shape[0]:                                              <L 45>
        var_32 = (var_28 < var_31);
        var_30 = var_32;
        if (!var_30) {
            var_33 = &(var_weight.shape);
            var_36 = wp::load(var_33);
            var_35 = wp::extract(var_36, var_34);
            var_37 = (var_28 >= var_35);
            var_30 = var_30 || var_37;
        }
        if (var_30) {
            // continue                                                                       <L 46>
            goto start_for_1;
        }
        // v = embedding_value(weight, tok, d, emb_scale)                                     <L 47>
        var_38 = embedding_value_0(var_weight, var_28, var_1, var_20);
        // v *= token_weights[t]                                                              <L 48>
        var_39 = wp::address(var_token_weights, var_26);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_38, var_41);
        // acc += v                                                                           <L 49>
        var_42 = wp::add(var_22, var_40);
        // count += 1                                                                         <L 50>
        var_44 = wp::add(var_24, var_43);
        wp::assign(var_22, var_42);
        wp::assign(var_24, var_44);
        goto start_for_1;
    end_for_1:;
    // pooled[b, d] = acc                                                                     <L 51>
    wp::array_store(var_pooled, var_0, var_1, var_22);
    // if d == 0:                                                                             <L 52>
    var_46 = (var_1 == var_45);
    if (var_46) {
        // valid_tokens[b] = count                                                            <L 53>
        wp::array_store(var_valid_tokens, var_0, var_24);
    }
}



template <bool wp_linear_contiguous>
static void embedding_bag_e8cf1590_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_embedding_bag_e8cf1590 *_wp_args,
    wp_args_embedding_bag_e8cf1590 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_cu_seqlens = _wp_args->cu_seqlens;
    wp::array_t<wp::int32> var_tokens = _wp_args->tokens;
    wp::array_t<wp::float32> var_weight = _wp_args->weight;
    wp::array_t<wp::float32> var_token_weights = _wp_args->token_weights;
    wp::array_t<wp::float32> var_pooled = _wp_args->pooled;
    wp::array_t<wp::int32> var_valid_tokens = _wp_args->valid_tokens;
    wp::array_t<wp::int32> adj_cu_seqlens = _wp_adj_args->cu_seqlens;
    wp::array_t<wp::int32> adj_tokens = _wp_adj_args->tokens;
    wp::array_t<wp::float32> adj_weight = _wp_adj_args->weight;
    wp::array_t<wp::float32> adj_token_weights = _wp_adj_args->token_weights;
    wp::array_t<wp::float32> adj_pooled = _wp_adj_args->pooled;
    wp::array_t<wp::int32> adj_valid_tokens = _wp_adj_args->valid_tokens;
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
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    wp::range_t var_25;
    wp::int32 var_26;
    wp::int32* var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    bool var_30;
    const wp::int32 var_31 = 0;
    bool var_32;
    wp::shape_t* var_33;
    const wp::int32 var_34 = 0;
    wp::int32 var_35;
    wp::shape_t var_36;
    bool var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
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
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::range_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::int32 adj_31 = {};
    bool adj_32 = {};
    wp::shape_t adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::shape_t adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    //---------
    // forward
    // def embedding_bag(                                                                     <L 27>
    // b, d = wp.tid()                                                                        <L 35>
    builtin_tid2d(var_0, var_1);
    // if d >= weight.shape[1]:                                                               <L 36>
    var_2 = &(var_weight.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = (var_1 >= var_4);
    if (var_6) {
        // return                                                                             <L 37>
        goto label0;
    }
    // start = cu_seqlens[b]                                                                  <L 38>
    var_7 = wp::address(var_cu_seqlens, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // end = cu_seqlens[b + 1]                                                                <L 39>
    var_11 = wp::add(var_0, var_10);
    var_12 = wp::address(var_cu_seqlens, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // emb_scale = wp.sqrt(float(weight.shape[1]))                                            <L 40>
    var_15 = &(var_weight.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::float(var_17);
    var_20 = wp::sqrt(var_19);
    // acc = float(0.0)                                                                       <L 41>
    var_22 = wp::float(var_21);
    // count = wp.int32(0)                                                                    <L 42>
    var_24 = wp::int32(var_23);
    // for t in range(start, end):                                                            <L 43>
    var_25 = wp::range(var_8, var_13);
    // pooled[b, d] = acc                                                                     <L 51>
    // wp::array_store(var_pooled, var_0, var_1, var_22);
    // if d == 0:                                                                             <L 52>
    var_46 = (var_1 == var_45);
    if (var_46) {
        // valid_tokens[b] = count                                                            <L 53>
        // wp::array_store(var_valid_tokens, var_0, var_24);
    }
    //---------
    // reverse
    if (var_46) {
        wp::adj_array_store(var_valid_tokens, var_0, var_24, adj_valid_tokens, adj_0, adj_24);
        // adj: valid_tokens[b] = count                                                       <L 53>
    }
    // adj: if d == 0:                                                                        <L 52>
    wp::adj_array_store(var_pooled, var_0, var_1, var_22, adj_pooled, adj_0, adj_1, adj_22);
    // adj: pooled[b, d] = acc                                                                <L 51>
    var_25 = wp::iter_reverse(var_25);
    start_for_1:;
        if (iter_cmp(var_25) == 0) goto end_for_1;
        var_26 = wp::iter_next(var_25);
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
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
        // tok = tokens[t]                                                                    <L 44>
        var_27 = wp::address(var_tokens, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // if tok < 0 or tok >= weight.shape[0]:                                              <L 45>
        var_32 = (var_28 < var_31);
        var_30 = var_32;
        if (!var_30) {
            var_33 = &(var_weight.shape);
            var_36 = wp::load(var_33);
            var_35 = wp::extract(var_36, var_34);
            var_37 = (var_28 >= var_35);
            var_30 = var_30 || var_37;
        }
        if (var_30) {
            // continue                                                                       <L 46>
            goto start_for_1;
        }
        // v = embedding_value(weight, tok, d, emb_scale)                                     <L 47>
        var_38 = embedding_value_0(var_weight, var_28, var_1, var_20);
        // v *= token_weights[t]                                                              <L 48>
        var_39 = wp::address(var_token_weights, var_26);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_38, var_41);
        // acc += v                                                                           <L 49>
        var_42 = wp::add(var_22, var_40);
        // count += 1                                                                         <L 50>
        var_44 = wp::add(var_24, var_43);
        wp::assign(var_22, var_42);
        wp::assign(var_24, var_44);
        wp::adj_assign(var_24, var_44, adj_24, adj_44);
        wp::adj_assign(var_22, var_42, adj_22, adj_42);
        wp::adj_add(var_24, var_43, adj_24, adj_43, adj_44);
        // adj: count += 1                                                                    <L 50>
        wp::adj_add(var_22, var_40, adj_22, adj_40, adj_42);
        // adj: acc += v                                                                      <L 49>
        wp::adj_mul(var_38, var_41, adj_38, adj_39, adj_40);
        wp::adj_address(var_token_weights, var_26, adj_token_weights, adj_26, adj_39);
        // adj: v *= token_weights[t]                                                         <L 48>
        adj_embedding_value_0(var_weight, var_28, var_1, var_20, adj_weight, adj_28, adj_1, adj_20, adj_38);
        // adj: v = embedding_value(weight, tok, d, emb_scale)                                <L 47>
        if (var_30) {
            // adj: continue                                                                  <L 46>
        }
        if (!var_30) {
            adj_weight.shape = adj_33;
        }
        // adj: if tok < 0 or tok >= weight.shape[0]:                                         <L 45>
        wp::adj_copy(var_29, adj_27, adj_28);
        wp::adj_address(var_tokens, var_26, adj_tokens, adj_26, adj_27);
        // adj: tok = tokens[t]                                                               <L 44>
    	goto start_for_1;
    end_for_1:;
    // adj: for t in range(start, end):                                                       <L 43>
    // adj: count = wp.int32(0)                                                               <L 42>
    wp::adj_float(var_21, adj_21, adj_22);
    // adj: acc = float(0.0)                                                                  <L 41>
    wp::adj_sqrt(var_19, var_20, adj_19, adj_20);
    wp::adj_float(var_17, adj_17, adj_19);
    adj_weight.shape = adj_15;
    // adj: emb_scale = wp.sqrt(float(weight.shape[1]))                                       <L 40>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_cu_seqlens, var_11, adj_cu_seqlens, adj_11, adj_12);
    wp::adj_add(var_0, var_10, adj_0, adj_10, adj_11);
    // adj: end = cu_seqlens[b + 1]                                                           <L 39>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_cu_seqlens, var_0, adj_cu_seqlens, adj_0, adj_7);
    // adj: start = cu_seqlens[b]                                                             <L 38>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 37>
    }
    adj_weight.shape = adj_2;
    // adj: if d >= weight.shape[1]:                                                          <L 36>
    // adj: b, d = wp.tid()                                                                   <L 35>
    // adj: def embedding_bag(                                                                <L 27>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void embedding_bag_e8cf1590_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_embedding_bag_e8cf1590 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        embedding_bag_e8cf1590_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void embedding_bag_e8cf1590_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_embedding_bag_e8cf1590 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    embedding_bag_e8cf1590_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void embedding_bag_e8cf1590_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_embedding_bag_e8cf1590 *_wp_args)
{
    embedding_bag_e8cf1590_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void embedding_bag_e8cf1590_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_embedding_bag_e8cf1590 *_wp_args,
    wp_args_embedding_bag_e8cf1590 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        embedding_bag_e8cf1590_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void embedding_bag_e8cf1590_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_embedding_bag_e8cf1590 *_wp_args,
    wp_args_embedding_bag_e8cf1590 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    embedding_bag_e8cf1590_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void embedding_bag_e8cf1590_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_embedding_bag_e8cf1590 *_wp_args,
    wp_args_embedding_bag_e8cf1590 *_wp_adj_args)
{
    embedding_bag_e8cf1590_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

