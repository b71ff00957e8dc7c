// Warp 1.19.0 cpu code for central_difference_9df1e3c5.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_central_difference_0134b037 {
    wp::array_t<wp::float32> dye;
    wp::float32 cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> grad_out;
    wp::array_t<wp::float32> slope_out;
};


template <bool wp_linear_contiguous>
static void central_difference_0134b037_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_central_difference_0134b037 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_dye = _wp_args->dye;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> var_grad_out = _wp_args->grad_out;
    wp::array_t<wp::float32> var_slope_out = _wp_args->slope_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::float32* var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::int32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::vec_t<2, wp::float32> var_48;
    wp::float32 var_49;
    //---------
    // forward
    // def central_difference(                                                                <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // nx = dye.shape[0]                                                                      <L 13>
    var_2 = &(var_dye.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = dye.shape[1]                                                                      <L 14>
    var_6 = &(var_dye.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // inv_dx = 1.0 / cell_size                                                               <L 15>
    var_11 = wp::div(var_10, var_cell_size);
    // i0 = wp.max(i - 1, 0)                                                                  <L 16>
    var_13 = wp::sub(var_0, var_12);
    var_15 = wp::max(var_13, var_14);
    // i1 = wp.min(i + 1, nx - 1)                                                             <L 17>
    var_17 = wp::add(var_0, var_16);
    var_19 = wp::sub(var_4, var_18);
    var_20 = wp::min(var_17, var_19);
    // j0 = wp.max(j - 1, 0)                                                                  <L 18>
    var_22 = wp::sub(var_1, var_21);
    var_24 = wp::max(var_22, var_23);
    // j1 = wp.min(j + 1, ny - 1)                                                             <L 19>
    var_26 = wp::add(var_1, var_25);
    var_28 = wp::sub(var_8, var_27);
    var_29 = wp::min(var_26, var_28);
    // gx = (dye[i1, j] - dye[i0, j]) / float(i1 - i0) * inv_dx                               <L 20>
    var_30 = wp::address(var_dye, var_20, var_1);
    var_31 = wp::address(var_dye, var_15, var_1);
    var_33 = wp::load(var_30);
    var_34 = wp::load(var_31);
    var_32 = wp::sub(var_33, var_34);
    var_35 = wp::sub(var_20, var_15);
    var_36 = wp::float(var_35);
    var_37 = wp::div(var_32, var_36);
    var_38 = wp::mul(var_37, var_11);
    // gy = (dye[i, j1] - dye[i, j0]) / float(j1 - j0) * inv_dx                               <L 21>
    var_39 = wp::address(var_dye, var_0, var_29);
    var_40 = wp::address(var_dye, var_0, var_24);
    var_42 = wp::load(var_39);
    var_43 = wp::load(var_40);
    var_41 = wp::sub(var_42, var_43);
    var_44 = wp::sub(var_29, var_24);
    var_45 = wp::float(var_44);
    var_46 = wp::div(var_41, var_45);
    var_47 = wp::mul(var_46, var_11);
    // g = wp.vec2(gx, gy)                                                                    <L 22>
    var_48 = wp::vec_t<2, wp::float32>(var_38, var_47);
    // grad_out[i, j] = g                                                                     <L 23>
    wp::array_store(var_grad_out, var_0, var_1, var_48);
    // slope_out[i, j] = wp.length(g)                                                         <L 24>
    var_49 = wp::length(var_48);
    wp::array_store(var_slope_out, var_0, var_1, var_49);
}



template <bool wp_linear_contiguous>
static void central_difference_0134b037_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_central_difference_0134b037 *_wp_args,
    wp_args_central_difference_0134b037 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_dye = _wp_args->dye;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> var_grad_out = _wp_args->grad_out;
    wp::array_t<wp::float32> var_slope_out = _wp_args->slope_out;
    wp::array_t<wp::float32> adj_dye = _wp_adj_args->dye;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_grad_out = _wp_adj_args->grad_out;
    wp::array_t<wp::float32> adj_slope_out = _wp_adj_args->slope_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::float32* var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::int32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::vec_t<2, wp::float32> var_48;
    wp::float32 var_49;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::vec_t<2, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    //---------
    // forward
    // def central_difference(                                                                <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // nx = dye.shape[0]                                                                      <L 13>
    var_2 = &(var_dye.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = dye.shape[1]                                                                      <L 14>
    var_6 = &(var_dye.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // inv_dx = 1.0 / cell_size                                                               <L 15>
    var_11 = wp::div(var_10, var_cell_size);
    // i0 = wp.max(i - 1, 0)                                                                  <L 16>
    var_13 = wp::sub(var_0, var_12);
    var_15 = wp::max(var_13, var_14);
    // i1 = wp.min(i + 1, nx - 1)                                                             <L 17>
    var_17 = wp::add(var_0, var_16);
    var_19 = wp::sub(var_4, var_18);
    var_20 = wp::min(var_17, var_19);
    // j0 = wp.max(j - 1, 0)                                                                  <L 18>
    var_22 = wp::sub(var_1, var_21);
    var_24 = wp::max(var_22, var_23);
    // j1 = wp.min(j + 1, ny - 1)                                                             <L 19>
    var_26 = wp::add(var_1, var_25);
    var_28 = wp::sub(var_8, var_27);
    var_29 = wp::min(var_26, var_28);
    // gx = (dye[i1, j] - dye[i0, j]) / float(i1 - i0) * inv_dx                               <L 20>
    var_30 = wp::address(var_dye, var_20, var_1);
    var_31 = wp::address(var_dye, var_15, var_1);
    var_33 = wp::load(var_30);
    var_34 = wp::load(var_31);
    var_32 = wp::sub(var_33, var_34);
    var_35 = wp::sub(var_20, var_15);
    var_36 = wp::float(var_35);
    var_37 = wp::div(var_32, var_36);
    var_38 = wp::mul(var_37, var_11);
    // gy = (dye[i, j1] - dye[i, j0]) / float(j1 - j0) * inv_dx                               <L 21>
    var_39 = wp::address(var_dye, var_0, var_29);
    var_40 = wp::address(var_dye, var_0, var_24);
    var_42 = wp::load(var_39);
    var_43 = wp::load(var_40);
    var_41 = wp::sub(var_42, var_43);
    var_44 = wp::sub(var_29, var_24);
    var_45 = wp::float(var_44);
    var_46 = wp::div(var_41, var_45);
    var_47 = wp::mul(var_46, var_11);
    // g = wp.vec2(gx, gy)                                                                    <L 22>
    var_48 = wp::vec_t<2, wp::float32>(var_38, var_47);
    // grad_out[i, j] = g                                                                     <L 23>
    // wp::array_store(var_grad_out, var_0, var_1, var_48);
    // slope_out[i, j] = wp.length(g)                                                         <L 24>
    var_49 = wp::length(var_48);
    // wp::array_store(var_slope_out, var_0, var_1, var_49);
    //---------
    // reverse
    wp::adj_array_store(var_slope_out, var_0, var_1, var_49, adj_slope_out, adj_0, adj_1, adj_49);
    wp::adj_length(var_48, var_49, adj_48, adj_49);
    // adj: slope_out[i, j] = wp.length(g)                                                    <L 24>
    wp::adj_array_store(var_grad_out, var_0, var_1, var_48, adj_grad_out, adj_0, adj_1, adj_48);
    // adj: grad_out[i, j] = g                                                                <L 23>
    wp::adj_vec_t(var_38, var_47, adj_38, adj_47, adj_48);
    // adj: g = wp.vec2(gx, gy)                                                               <L 22>
    wp::adj_mul(var_46, var_11, adj_46, adj_11, adj_47);
    wp::adj_div(var_41, var_45, var_46, adj_41, adj_45, adj_46);
    wp::adj_float(var_44, adj_44, adj_45);
    wp::adj_sub(var_29, var_24, adj_29, adj_24, adj_44);
    wp::adj_sub(var_42, var_43, adj_39, adj_40, adj_41);
    wp::adj_address(var_dye, var_0, var_24, adj_dye, adj_0, adj_24, adj_40);
    wp::adj_address(var_dye, var_0, var_29, adj_dye, adj_0, adj_29, adj_39);
    // adj: gy = (dye[i, j1] - dye[i, j0]) / float(j1 - j0) * inv_dx                          <L 21>
    wp::adj_mul(var_37, var_11, adj_37, adj_11, adj_38);
    wp::adj_div(var_32, var_36, var_37, adj_32, adj_36, adj_37);
    wp::adj_float(var_35, adj_35, adj_36);
    wp::adj_sub(var_20, var_15, adj_20, adj_15, adj_35);
    wp::adj_sub(var_33, var_34, adj_30, adj_31, adj_32);
    wp::adj_address(var_dye, var_15, var_1, adj_dye, adj_15, adj_1, adj_31);
    wp::adj_address(var_dye, var_20, var_1, adj_dye, adj_20, adj_1, adj_30);
    // adj: gx = (dye[i1, j] - dye[i0, j]) / float(i1 - i0) * inv_dx                          <L 20>
    wp::adj_min(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_sub(var_8, var_27, adj_8, adj_27, adj_28);
    wp::adj_add(var_1, var_25, adj_1, adj_25, adj_26);
    // adj: j1 = wp.min(j + 1, ny - 1)                                                        <L 19>
    wp::adj_max(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_sub(var_1, var_21, adj_1, adj_21, adj_22);
    // adj: j0 = wp.max(j - 1, 0)                                                             <L 18>
    wp::adj_min(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_sub(var_4, var_18, adj_4, adj_18, adj_19);
    wp::adj_add(var_0, var_16, adj_0, adj_16, adj_17);
    // adj: i1 = wp.min(i + 1, nx - 1)                                                        <L 17>
    wp::adj_max(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_sub(var_0, var_12, adj_0, adj_12, adj_13);
    // adj: i0 = wp.max(i - 1, 0)                                                             <L 16>
    wp::adj_div(var_10, var_cell_size, var_11, adj_10, adj_cell_size, adj_11);
    // adj: inv_dx = 1.0 / cell_size                                                          <L 15>
    adj_dye.shape = adj_6;
    // adj: ny = dye.shape[1]                                                                 <L 14>
    adj_dye.shape = adj_2;
    // adj: nx = dye.shape[0]                                                                 <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def central_difference(                                                           <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void central_difference_0134b037_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_central_difference_0134b037 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        central_difference_0134b037_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void central_difference_0134b037_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_central_difference_0134b037 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    central_difference_0134b037_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void central_difference_0134b037_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_central_difference_0134b037 *_wp_args)
{
    central_difference_0134b037_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void central_difference_0134b037_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_central_difference_0134b037 *_wp_args,
    wp_args_central_difference_0134b037 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        central_difference_0134b037_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void central_difference_0134b037_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_central_difference_0134b037 *_wp_args,
    wp_args_central_difference_0134b037 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    central_difference_0134b037_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void central_difference_0134b037_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_central_difference_0134b037 *_wp_args,
    wp_args_central_difference_0134b037 *_wp_adj_args)
{
    central_difference_0134b037_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

