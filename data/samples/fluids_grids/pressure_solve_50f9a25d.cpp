// Warp 1.19.0 cpu code for pressure_solve_50f9a25d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_pressure_solve_ac40be56 {
    wp::array_t<wp::float32> p0;
    wp::array_t<wp::float32> div;
    wp::float32 relaxation;
    wp::float32 cell_size;
    wp::array_t<wp::float32> p1;
};


template <bool wp_linear_contiguous>
static void pressure_solve_ac40be56_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_pressure_solve_ac40be56 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_p0 = _wp_args->p0;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::float32 var_relaxation = _wp_args->relaxation;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::float32> var_p1 = _wp_args->p1;
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
    bool var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    bool var_15;
    const wp::int32 var_16 = 0;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.25;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32* var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    //---------
    // forward
    // def pressure_solve(                                                                    <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // nx = p0.shape[0]                                                                       <L 14>
    var_2 = &(var_p0.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = p0.shape[1]                                                                       <L 15>
    var_6 = &(var_p0.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:                                      <L 16>
    var_12 = (var_0 > var_11);
    var_10 = var_12;
    if (var_10) {
        var_14 = wp::sub(var_4, var_13);
        var_15 = (var_0 < var_14);
        var_10 = var_10 && var_15;
    }
    if (var_10) {
        var_17 = (var_1 > var_16);
        var_10 = var_10 && var_17;
    }
    if (var_10) {
        var_19 = wp::sub(var_8, var_18);
        var_20 = (var_1 < var_19);
        var_10 = var_10 && var_20;
    }
    if (var_10) {
        // p1[i, j] = (1.0 - relaxation) * p0[i, j] + 0.25 * relaxation * (p0[i - 1, j] + p0[i + 1, j] + p0[i, j - 1] + p0[i, j + 1] - cell_size * cell_size * div[i, j])       <L 17>
        var_22 = wp::sub(var_21, var_relaxation);
        var_23 = wp::address(var_p0, var_0, var_1);
        var_25 = wp::load(var_23);
        var_24 = wp::mul(var_22, var_25);
        var_27 = wp::mul(var_26, var_relaxation);
        var_29 = wp::sub(var_0, var_28);
        var_30 = wp::address(var_p0, var_29, var_1);
        var_32 = wp::add(var_0, var_31);
        var_33 = wp::address(var_p0, var_32, var_1);
        var_35 = wp::load(var_30);
        var_36 = wp::load(var_33);
        var_34 = wp::add(var_35, var_36);
        var_38 = wp::sub(var_1, var_37);
        var_39 = wp::address(var_p0, var_0, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_34, var_41);
        var_43 = wp::add(var_1, var_42);
        var_44 = wp::address(var_p0, var_0, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_40, var_46);
        var_47 = wp::mul(var_cell_size, var_cell_size);
        var_48 = wp::address(var_div, var_0, var_1);
        var_50 = wp::load(var_48);
        var_49 = wp::mul(var_47, var_50);
        var_51 = wp::sub(var_45, var_49);
        var_52 = wp::mul(var_27, var_51);
        var_53 = wp::add(var_24, var_52);
        wp::array_store(var_p1, var_0, var_1, var_53);
    }
}



template <bool wp_linear_contiguous>
static void pressure_solve_ac40be56_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_pressure_solve_ac40be56 *_wp_args,
    wp_args_pressure_solve_ac40be56 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_p0 = _wp_args->p0;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::float32 var_relaxation = _wp_args->relaxation;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::float32> var_p1 = _wp_args->p1;
    wp::array_t<wp::float32> adj_p0 = _wp_adj_args->p0;
    wp::array_t<wp::float32> adj_div = _wp_adj_args->div;
    wp::float32 adj_relaxation = _wp_adj_args->relaxation;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    wp::array_t<wp::float32> adj_p1 = _wp_adj_args->p1;
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
    bool var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    bool var_15;
    const wp::int32 var_16 = 0;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.25;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32* var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
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
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    //---------
    // forward
    // def pressure_solve(                                                                    <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // nx = p0.shape[0]                                                                       <L 14>
    var_2 = &(var_p0.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = p0.shape[1]                                                                       <L 15>
    var_6 = &(var_p0.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:                                      <L 16>
    var_12 = (var_0 > var_11);
    var_10 = var_12;
    if (var_10) {
        var_14 = wp::sub(var_4, var_13);
        var_15 = (var_0 < var_14);
        var_10 = var_10 && var_15;
    }
    if (var_10) {
        var_17 = (var_1 > var_16);
        var_10 = var_10 && var_17;
    }
    if (var_10) {
        var_19 = wp::sub(var_8, var_18);
        var_20 = (var_1 < var_19);
        var_10 = var_10 && var_20;
    }
    if (var_10) {
        // p1[i, j] = (1.0 - relaxation) * p0[i, j] + 0.25 * relaxation * (p0[i - 1, j] + p0[i + 1, j] + p0[i, j - 1] + p0[i, j + 1] - cell_size * cell_size * div[i, j])       <L 17>
        var_22 = wp::sub(var_21, var_relaxation);
        var_23 = wp::address(var_p0, var_0, var_1);
        var_25 = wp::load(var_23);
        var_24 = wp::mul(var_22, var_25);
        var_27 = wp::mul(var_26, var_relaxation);
        var_29 = wp::sub(var_0, var_28);
        var_30 = wp::address(var_p0, var_29, var_1);
        var_32 = wp::add(var_0, var_31);
        var_33 = wp::address(var_p0, var_32, var_1);
        var_35 = wp::load(var_30);
        var_36 = wp::load(var_33);
        var_34 = wp::add(var_35, var_36);
        var_38 = wp::sub(var_1, var_37);
        var_39 = wp::address(var_p0, var_0, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_34, var_41);
        var_43 = wp::add(var_1, var_42);
        var_44 = wp::address(var_p0, var_0, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_40, var_46);
        var_47 = wp::mul(var_cell_size, var_cell_size);
        var_48 = wp::address(var_div, var_0, var_1);
        var_50 = wp::load(var_48);
        var_49 = wp::mul(var_47, var_50);
        var_51 = wp::sub(var_45, var_49);
        var_52 = wp::mul(var_27, var_51);
        var_53 = wp::add(var_24, var_52);
        // wp::array_store(var_p1, var_0, var_1, var_53);
    }
    //---------
    // reverse
    if (var_10) {
        wp::adj_array_store(var_p1, var_0, var_1, var_53, adj_p1, adj_0, adj_1, adj_53);
        wp::adj_add(var_24, var_52, adj_24, adj_52, adj_53);
        wp::adj_mul(var_27, var_51, adj_27, adj_51, adj_52);
        wp::adj_sub(var_45, var_49, adj_45, adj_49, adj_51);
        wp::adj_mul(var_47, var_50, adj_47, adj_48, adj_49);
        wp::adj_address(var_div, var_0, var_1, adj_div, adj_0, adj_1, adj_48);
        wp::adj_mul(var_cell_size, var_cell_size, adj_cell_size, adj_cell_size, adj_47);
        wp::adj_add(var_40, var_46, adj_40, adj_44, adj_45);
        wp::adj_address(var_p0, var_0, var_43, adj_p0, adj_0, adj_43, adj_44);
        wp::adj_add(var_1, var_42, adj_1, adj_42, adj_43);
        wp::adj_add(var_34, var_41, adj_34, adj_39, adj_40);
        wp::adj_address(var_p0, var_0, var_38, adj_p0, adj_0, adj_38, adj_39);
        wp::adj_sub(var_1, var_37, adj_1, adj_37, adj_38);
        wp::adj_add(var_35, var_36, adj_30, adj_33, adj_34);
        wp::adj_address(var_p0, var_32, var_1, adj_p0, adj_32, adj_1, adj_33);
        wp::adj_add(var_0, var_31, adj_0, adj_31, adj_32);
        wp::adj_address(var_p0, var_29, var_1, adj_p0, adj_29, adj_1, adj_30);
        wp::adj_sub(var_0, var_28, adj_0, adj_28, adj_29);
        wp::adj_mul(var_26, var_relaxation, adj_26, adj_relaxation, adj_27);
        wp::adj_mul(var_22, var_25, adj_22, adj_23, adj_24);
        wp::adj_address(var_p0, var_0, var_1, adj_p0, adj_0, adj_1, adj_23);
        wp::adj_sub(var_21, var_relaxation, adj_21, adj_relaxation, adj_22);
        // adj: p1[i, j] = (1.0 - relaxation) * p0[i, j] + 0.25 * relaxation * (p0[i - 1, j] + p0[i + 1, j] + p0[i, j - 1] + p0[i, j + 1] - cell_size * cell_size * div[i, j])  <L 17>
    }
    if (var_10) {
        wp::adj_sub(var_8, var_18, adj_8, adj_18, adj_19);
    }
    if (var_10) {
    }
    if (var_10) {
        wp::adj_sub(var_4, var_13, adj_4, adj_13, adj_14);
    }
    // adj: if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:                                 <L 16>
    adj_p0.shape = adj_6;
    // adj: ny = p0.shape[1]                                                                  <L 15>
    adj_p0.shape = adj_2;
    // adj: nx = p0.shape[0]                                                                  <L 14>
    // adj: i, j = wp.tid()                                                                   <L 13>
    // adj: def pressure_solve(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void pressure_solve_ac40be56_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_pressure_solve_ac40be56 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        pressure_solve_ac40be56_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void pressure_solve_ac40be56_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_pressure_solve_ac40be56 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    pressure_solve_ac40be56_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void pressure_solve_ac40be56_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_pressure_solve_ac40be56 *_wp_args)
{
    pressure_solve_ac40be56_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void pressure_solve_ac40be56_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_pressure_solve_ac40be56 *_wp_args,
    wp_args_pressure_solve_ac40be56 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        pressure_solve_ac40be56_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void pressure_solve_ac40be56_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_pressure_solve_ac40be56 *_wp_args,
    wp_args_pressure_solve_ac40be56 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    pressure_solve_ac40be56_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void pressure_solve_ac40be56_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_pressure_solve_ac40be56 *_wp_args,
    wp_args_pressure_solve_ac40be56 *_wp_adj_args)
{
    pressure_solve_ac40be56_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

