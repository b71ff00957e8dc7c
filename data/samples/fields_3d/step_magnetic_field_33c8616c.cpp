// Warp 1.19.0 cpu code for step_magnetic_field_33c8616c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_step_magnetic_field_919deef8 {
    wp::array_t<wp::float32> e_y;
    wp::array_t<wp::float32> ez;
    wp::float32 courant;
    wp::array_t<wp::float32> h_x;
};


template <bool wp_linear_contiguous>
static void step_magnetic_field_919deef8_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_step_magnetic_field_919deef8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_y = _wp_args->e_y;
    wp::array_t<wp::float32> var_ez = _wp_args->ez;
    wp::float32 var_courant = _wp_args->courant;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    bool var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::shape_t var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32* var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // forward
    // def step_magnetic_field(                                                               <L 5>
    // i, j, k = wp.tid()                                                                     <L 11>
    builtin_tid3d(var_0, var_1, var_2);
    // if j <= ez.shape[1] - 2 and k <= e_y.shape[2] - 2:                                     <L 12>
    var_4 = &(var_ez.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_9 = wp::sub(var_6, var_8);
    var_10 = (var_1 <= var_9);
    var_3 = var_10;
    if (var_3) {
        var_11 = &(var_e_y.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_16 = wp::sub(var_13, var_15);
        var_17 = (var_2 <= var_16);
        var_3 = var_3 && var_17;
    }
    if (var_3) {
        // h_x[i, j, k] -= courant * ((ez[i, j + 1, k] - ez[i, j, k]) - (e_y[i, j, k + 1] - e_y[i, j, k]))       <L 13>
        var_19 = wp::add(var_1, var_18);
        var_20 = wp::address(var_ez, var_0, var_19, var_2);
        var_21 = wp::address(var_ez, var_0, var_1, var_2);
        var_23 = wp::load(var_20);
        var_24 = wp::load(var_21);
        var_22 = wp::sub(var_23, var_24);
        var_26 = wp::add(var_2, var_25);
        var_27 = wp::address(var_e_y, var_0, var_1, var_26);
        var_28 = wp::address(var_e_y, var_0, var_1, var_2);
        var_30 = wp::load(var_27);
        var_31 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_31);
        var_32 = wp::sub(var_22, var_29);
        var_33 = wp::mul(var_courant, var_32);
        var_34 = wp::atomic_sub(var_h_x, var_0, var_1, var_2, var_33);
    }
}



template <bool wp_linear_contiguous>
static void step_magnetic_field_919deef8_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_step_magnetic_field_919deef8 *_wp_args,
    wp_args_step_magnetic_field_919deef8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_y = _wp_args->e_y;
    wp::array_t<wp::float32> var_ez = _wp_args->ez;
    wp::float32 var_courant = _wp_args->courant;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> adj_e_y = _wp_adj_args->e_y;
    wp::array_t<wp::float32> adj_ez = _wp_adj_args->ez;
    wp::float32 adj_courant = _wp_adj_args->courant;
    wp::array_t<wp::float32> adj_h_x = _wp_adj_args->h_x;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    bool var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::shape_t var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32* var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
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
    // def step_magnetic_field(                                                               <L 5>
    // i, j, k = wp.tid()                                                                     <L 11>
    builtin_tid3d(var_0, var_1, var_2);
    // if j <= ez.shape[1] - 2 and k <= e_y.shape[2] - 2:                                     <L 12>
    var_4 = &(var_ez.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_9 = wp::sub(var_6, var_8);
    var_10 = (var_1 <= var_9);
    var_3 = var_10;
    if (var_3) {
        var_11 = &(var_e_y.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_16 = wp::sub(var_13, var_15);
        var_17 = (var_2 <= var_16);
        var_3 = var_3 && var_17;
    }
    if (var_3) {
        // h_x[i, j, k] -= courant * ((ez[i, j + 1, k] - ez[i, j, k]) - (e_y[i, j, k + 1] - e_y[i, j, k]))       <L 13>
        var_19 = wp::add(var_1, var_18);
        var_20 = wp::address(var_ez, var_0, var_19, var_2);
        var_21 = wp::address(var_ez, var_0, var_1, var_2);
        var_23 = wp::load(var_20);
        var_24 = wp::load(var_21);
        var_22 = wp::sub(var_23, var_24);
        var_26 = wp::add(var_2, var_25);
        var_27 = wp::address(var_e_y, var_0, var_1, var_26);
        var_28 = wp::address(var_e_y, var_0, var_1, var_2);
        var_30 = wp::load(var_27);
        var_31 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_31);
        var_32 = wp::sub(var_22, var_29);
        var_33 = wp::mul(var_courant, var_32);
        // var_34 = wp::atomic_sub(var_h_x, var_0, var_1, var_2, var_33);
    }
    //---------
    // reverse
    if (var_3) {
        wp::adj_atomic_sub(var_h_x, var_0, var_1, var_2, var_33, adj_h_x, adj_0, adj_1, adj_2, adj_33, adj_34);
        wp::adj_mul(var_courant, var_32, adj_courant, adj_32, adj_33);
        wp::adj_sub(var_22, var_29, adj_22, adj_29, adj_32);
        wp::adj_sub(var_30, var_31, adj_27, adj_28, adj_29);
        wp::adj_address(var_e_y, var_0, var_1, var_2, adj_e_y, adj_0, adj_1, adj_2, adj_28);
        wp::adj_address(var_e_y, var_0, var_1, var_26, adj_e_y, adj_0, adj_1, adj_26, adj_27);
        wp::adj_add(var_2, var_25, adj_2, adj_25, adj_26);
        wp::adj_sub(var_23, var_24, adj_20, adj_21, adj_22);
        wp::adj_address(var_ez, var_0, var_1, var_2, adj_ez, adj_0, adj_1, adj_2, adj_21);
        wp::adj_address(var_ez, var_0, var_19, var_2, adj_ez, adj_0, adj_19, adj_2, adj_20);
        wp::adj_add(var_1, var_18, adj_1, adj_18, adj_19);
        // adj: h_x[i, j, k] -= courant * ((ez[i, j + 1, k] - ez[i, j, k]) - (e_y[i, j, k + 1] - e_y[i, j, k]))  <L 13>
    }
    if (var_3) {
        wp::adj_sub(var_13, var_15, adj_13, adj_15, adj_16);
        adj_e_y.shape = adj_11;
    }
    wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
    adj_ez.shape = adj_4;
    // adj: if j <= ez.shape[1] - 2 and k <= e_y.shape[2] - 2:                                <L 12>
    // adj: i, j, k = wp.tid()                                                                <L 11>
    // adj: def step_magnetic_field(                                                          <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_magnetic_field_919deef8_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_magnetic_field_919deef8 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_magnetic_field_919deef8_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_magnetic_field_919deef8_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_magnetic_field_919deef8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_magnetic_field_919deef8_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_magnetic_field_919deef8_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_magnetic_field_919deef8 *_wp_args)
{
    step_magnetic_field_919deef8_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_magnetic_field_919deef8_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_magnetic_field_919deef8 *_wp_args,
    wp_args_step_magnetic_field_919deef8 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_magnetic_field_919deef8_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_magnetic_field_919deef8_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_magnetic_field_919deef8 *_wp_args,
    wp_args_step_magnetic_field_919deef8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_magnetic_field_919deef8_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_magnetic_field_919deef8_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_magnetic_field_919deef8 *_wp_args,
    wp_args_step_magnetic_field_919deef8 *_wp_adj_args)
{
    step_magnetic_field_919deef8_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

