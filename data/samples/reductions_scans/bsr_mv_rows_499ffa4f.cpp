// Warp 1.19.0 cpu code for bsr_mv_rows_499ffa4f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_bsr_mv_rows_f133bbab {
    wp::array_t<wp::float32> gemv_scale;
    wp::array_t<wp::int32> row_offsets;
    wp::array_t<wp::int32> columns;
    wp::array_t<wp::float32> matrix_entries;
    wp::array_t<wp::float32> x;
    wp::int32 num_rows;
    wp::array_t<wp::float32> y;
};


template <bool wp_linear_contiguous>
static void bsr_mv_rows_f133bbab_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bsr_mv_rows_f133bbab *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_bsr_mv_rows_f133bbab wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.gemv_scale.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.columns.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.matrix_entries.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.y.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_gemv_scale = _wp_args->gemv_scale;
    wp::array_t<wp::int32> var_row_offsets = _wp_args->row_offsets;
    wp::array_t<wp::int32> var_columns = _wp_args->columns;
    wp::array_t<wp::float32> var_matrix_entries = _wp_args->matrix_entries;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::int32 var_num_rows = _wp_args->num_rows;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 0;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // forward
    // def bsr_mv_rows(                                                                       <L 5>
    // row = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // if row >= num_rows:                                                                    <L 16>
    var_1 = (var_0 >= var_num_rows);
    if (var_1) {
        // return                                                                             <L 17>
        return;
    }
    // Ax = float(0.0)                                                                        <L 18>
    var_3 = wp::float(var_2);
    // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 19>
    var_4 = wp::address(var_row_offsets, var_0);
    var_6 = wp::add(var_0, var_5);
    var_7 = wp::address(var_row_offsets, var_6);
    var_9 = wp::load(var_4);
    var_10 = wp::load(var_7);
    var_8 = wp::range(var_9, var_10);
    start_for_1:;
        if (iter_cmp(var_8) == 0) goto end_for_1;
        var_11 = wp::iter_next(var_8);
        // col = columns[k]                                                                   <L 20>
        var_12 = wp::address(var_columns, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // a_k = matrix_entries[k]                                                            <L 21>
        var_15 = wp::address(var_matrix_entries, var_11);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // Ax += a_k * x[col]                                                                 <L 22>
        var_18 = wp::address(var_x, var_13);
        var_20 = wp::load(var_18);
        var_19 = wp::mul(var_16, var_20);
        var_21 = wp::add(var_3, var_19);
        wp::assign(var_3, var_21);
        goto start_for_1;
    end_for_1:;
    // alpha = gemv_scale[0]                                                                  <L 23>
    var_23 = wp::address(var_gemv_scale, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // beta = gemv_scale[1]                                                                   <L 24>
    var_27 = wp::address(var_gemv_scale, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // y[row] = alpha * Ax + beta * y[row]                                                    <L 25>
    var_30 = wp::mul(var_24, var_3);
    var_31 = wp::address(var_y, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_28, var_33);
    var_34 = wp::add(var_30, var_32);
    wp::array_store(var_y, var_0, var_34);
}



template <bool wp_linear_contiguous>
static void bsr_mv_rows_f133bbab_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bsr_mv_rows_f133bbab *_wp_args,
    wp_args_bsr_mv_rows_f133bbab *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_bsr_mv_rows_f133bbab wp_contiguous_args;
    wp_args_bsr_mv_rows_f133bbab wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.gemv_scale.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.gemv_scale.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.columns.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.columns.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.matrix_entries.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.matrix_entries.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.y.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.y.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_gemv_scale = _wp_args->gemv_scale;
    wp::array_t<wp::int32> var_row_offsets = _wp_args->row_offsets;
    wp::array_t<wp::int32> var_columns = _wp_args->columns;
    wp::array_t<wp::float32> var_matrix_entries = _wp_args->matrix_entries;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::int32 var_num_rows = _wp_args->num_rows;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_gemv_scale = _wp_adj_args->gemv_scale;
    wp::array_t<wp::int32> adj_row_offsets = _wp_adj_args->row_offsets;
    wp::array_t<wp::int32> adj_columns = _wp_adj_args->columns;
    wp::array_t<wp::float32> adj_matrix_entries = _wp_adj_args->matrix_entries;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::int32 adj_num_rows = _wp_adj_args->num_rows;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 0;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    //---------
    // forward
    // def bsr_mv_rows(                                                                       <L 5>
    // row = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // if row >= num_rows:                                                                    <L 16>
    var_1 = (var_0 >= var_num_rows);
    if (var_1) {
        // return                                                                             <L 17>
        goto label0;
    }
    // Ax = float(0.0)                                                                        <L 18>
    var_3 = wp::float(var_2);
    // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 19>
    var_4 = wp::address(var_row_offsets, var_0);
    var_6 = wp::add(var_0, var_5);
    var_7 = wp::address(var_row_offsets, var_6);
    var_9 = wp::load(var_4);
    var_10 = wp::load(var_7);
    var_8 = wp::range(var_9, var_10);
    // alpha = gemv_scale[0]                                                                  <L 23>
    var_23 = wp::address(var_gemv_scale, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // beta = gemv_scale[1]                                                                   <L 24>
    var_27 = wp::address(var_gemv_scale, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // y[row] = alpha * Ax + beta * y[row]                                                    <L 25>
    var_30 = wp::mul(var_24, var_3);
    var_31 = wp::address(var_y, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_28, var_33);
    var_34 = wp::add(var_30, var_32);
    // wp::array_store(var_y, var_0, var_34);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_34, adj_y, adj_0, adj_34);
    wp::adj_add(var_30, var_32, adj_30, adj_32, adj_34);
    wp::adj_mul(var_28, var_33, adj_28, adj_31, adj_32);
    wp::adj_address(var_y, var_0, adj_y, adj_0, adj_31);
    wp::adj_mul(var_24, var_3, adj_24, adj_3, adj_30);
    // adj: y[row] = alpha * Ax + beta * y[row]                                               <L 25>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_gemv_scale, var_26, adj_gemv_scale, adj_26, adj_27);
    // adj: beta = gemv_scale[1]                                                              <L 24>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_gemv_scale, var_22, adj_gemv_scale, adj_22, adj_23);
    // adj: alpha = gemv_scale[0]                                                             <L 23>
    var_8 = wp::iter_reverse(var_8);
    start_for_1:;
        if (iter_cmp(var_8) == 0) goto end_for_1;
        var_11 = wp::iter_next(var_8);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
        // col = columns[k]                                                                   <L 20>
        var_12 = wp::address(var_columns, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // a_k = matrix_entries[k]                                                            <L 21>
        var_15 = wp::address(var_matrix_entries, var_11);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // Ax += a_k * x[col]                                                                 <L 22>
        var_18 = wp::address(var_x, var_13);
        var_20 = wp::load(var_18);
        var_19 = wp::mul(var_16, var_20);
        var_21 = wp::add(var_3, var_19);
        wp::assign(var_3, var_21);
        wp::adj_assign(var_3, var_21, adj_3, adj_21);
        wp::adj_add(var_3, var_19, adj_3, adj_19, adj_21);
        wp::adj_mul(var_16, var_20, adj_16, adj_18, adj_19);
        wp::adj_address(var_x, var_13, adj_x, adj_13, adj_18);
        // adj: Ax += a_k * x[col]                                                            <L 22>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_matrix_entries, var_11, adj_matrix_entries, adj_11, adj_15);
        // adj: a_k = matrix_entries[k]                                                       <L 21>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_columns, var_11, adj_columns, adj_11, adj_12);
        // adj: col = columns[k]                                                              <L 20>
    	goto start_for_1;
    end_for_1:;
    wp::adj_address(var_row_offsets, var_6, adj_row_offsets, adj_6, adj_7);
    wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
    wp::adj_address(var_row_offsets, var_0, adj_row_offsets, adj_0, adj_4);
    // adj: for k in range(row_offsets[row], row_offsets[row + 1]):                           <L 19>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: Ax = float(0.0)                                                                   <L 18>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 17>
    }
    // adj: if row >= num_rows:                                                               <L 16>
    // adj: row = wp.tid()                                                                    <L 15>
    // adj: def bsr_mv_rows(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void bsr_mv_rows_f133bbab_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_bsr_mv_rows_f133bbab *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bsr_mv_rows_f133bbab_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void bsr_mv_rows_f133bbab_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_bsr_mv_rows_f133bbab *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->gemv_scale.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->columns.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->matrix_entries.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->y.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        bsr_mv_rows_f133bbab_cpu_forward_tasks<true>(dim, _wp_args);
    else
        bsr_mv_rows_f133bbab_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void bsr_mv_rows_f133bbab_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bsr_mv_rows_f133bbab *_wp_args)
{
    bsr_mv_rows_f133bbab_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void bsr_mv_rows_f133bbab_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_bsr_mv_rows_f133bbab *_wp_args,
    wp_args_bsr_mv_rows_f133bbab *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bsr_mv_rows_f133bbab_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void bsr_mv_rows_f133bbab_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_bsr_mv_rows_f133bbab *_wp_args,
    wp_args_bsr_mv_rows_f133bbab *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->gemv_scale.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->gemv_scale.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->columns.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->columns.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->matrix_entries.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->matrix_entries.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->y.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->y.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        bsr_mv_rows_f133bbab_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        bsr_mv_rows_f133bbab_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void bsr_mv_rows_f133bbab_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bsr_mv_rows_f133bbab *_wp_args,
    wp_args_bsr_mv_rows_f133bbab *_wp_adj_args)
{
    bsr_mv_rows_f133bbab_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

