// Warp 1.19.0 cpu code for step_magnetic_field_211f0d68.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_step_magnetic_field_61802c15 {
    wp::array_t<wp::float32> e_z;
    wp::array_t<wp::float32> h_x;
    wp::array_t<wp::float32> h_y;
    wp::float32 courant;
};


template <bool wp_linear_contiguous>
static void step_magnetic_field_61802c15_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_step_magnetic_field_61802c15 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::float32 var_courant = _wp_args->courant;
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
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    bool var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // forward
    // def step_magnetic_field(                                                               <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // nx = e_z.shape[0]                                                                      <L 12>
    var_2 = &(var_e_z.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = e_z.shape[1]                                                                      <L 13>
    var_6 = &(var_e_z.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if j < ny - 1:                                                                         <L 16>
    var_11 = wp::sub(var_8, var_10);
    var_12 = (var_1 < var_11);
    if (var_12) {
        // h_x[i, j] -= courant * (e_z[i, j + 1] - e_z[i, j])                                 <L 17>
        var_14 = wp::add(var_1, var_13);
        var_15 = wp::address(var_e_z, var_0, var_14);
        var_16 = wp::address(var_e_z, var_0, var_1);
        var_18 = wp::load(var_15);
        var_19 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_19);
        var_20 = wp::mul(var_courant, var_17);
        var_21 = wp::atomic_sub(var_h_x, var_0, var_1, var_20);
    }
    // if i < nx - 1:                                                                         <L 19>
    var_23 = wp::sub(var_4, var_22);
    var_24 = (var_0 < var_23);
    if (var_24) {
        // h_y[i, j] += courant * (e_z[i + 1, j] - e_z[i, j])                                 <L 20>
        var_26 = wp::add(var_0, var_25);
        var_27 = wp::address(var_e_z, var_26, var_1);
        var_28 = wp::address(var_e_z, var_0, var_1);
        var_30 = wp::load(var_27);
        var_31 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_31);
        var_32 = wp::mul(var_courant, var_29);
        var_33 = wp::atomic_add(var_h_y, var_0, var_1, var_32);
    }
}



template <bool wp_linear_contiguous>
static void step_magnetic_field_61802c15_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_step_magnetic_field_61802c15 *_wp_args,
    wp_args_step_magnetic_field_61802c15 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::float32 var_courant = _wp_args->courant;
    wp::array_t<wp::float32> adj_e_z = _wp_adj_args->e_z;
    wp::array_t<wp::float32> adj_h_x = _wp_adj_args->h_x;
    wp::array_t<wp::float32> adj_h_y = _wp_adj_args->h_y;
    wp::float32 adj_courant = _wp_adj_args->courant;
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
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    bool var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
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
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
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
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def step_magnetic_field(                                                               <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // nx = e_z.shape[0]                                                                      <L 12>
    var_2 = &(var_e_z.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = e_z.shape[1]                                                                      <L 13>
    var_6 = &(var_e_z.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if j < ny - 1:                                                                         <L 16>
    var_11 = wp::sub(var_8, var_10);
    var_12 = (var_1 < var_11);
    if (var_12) {
        // h_x[i, j] -= courant * (e_z[i, j + 1] - e_z[i, j])                                 <L 17>
        var_14 = wp::add(var_1, var_13);
        var_15 = wp::address(var_e_z, var_0, var_14);
        var_16 = wp::address(var_e_z, var_0, var_1);
        var_18 = wp::load(var_15);
        var_19 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_19);
        var_20 = wp::mul(var_courant, var_17);
        // var_21 = wp::atomic_sub(var_h_x, var_0, var_1, var_20);
    }
    // if i < nx - 1:                                                                         <L 19>
    var_23 = wp::sub(var_4, var_22);
    var_24 = (var_0 < var_23);
    if (var_24) {
        // h_y[i, j] += courant * (e_z[i + 1, j] - e_z[i, j])                                 <L 20>
        var_26 = wp::add(var_0, var_25);
        var_27 = wp::address(var_e_z, var_26, var_1);
        var_28 = wp::address(var_e_z, var_0, var_1);
        var_30 = wp::load(var_27);
        var_31 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_31);
        var_32 = wp::mul(var_courant, var_29);
        // var_33 = wp::atomic_add(var_h_y, var_0, var_1, var_32);
    }
    //---------
    // reverse
    if (var_24) {
        wp::adj_atomic_add(var_h_y, var_0, var_1, var_32, adj_h_y, adj_0, adj_1, adj_32, adj_33);
        wp::adj_mul(var_courant, var_29, adj_courant, adj_29, adj_32);
        wp::adj_sub(var_30, var_31, adj_27, adj_28, adj_29);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_28);
        wp::adj_address(var_e_z, var_26, var_1, adj_e_z, adj_26, adj_1, adj_27);
        wp::adj_add(var_0, var_25, adj_0, adj_25, adj_26);
        // adj: h_y[i, j] += courant * (e_z[i + 1, j] - e_z[i, j])                            <L 20>
    }
    wp::adj_sub(var_4, var_22, adj_4, adj_22, adj_23);
    // adj: if i < nx - 1:                                                                    <L 19>
    if (var_12) {
        wp::adj_atomic_sub(var_h_x, var_0, var_1, var_20, adj_h_x, adj_0, adj_1, adj_20, adj_21);
        wp::adj_mul(var_courant, var_17, adj_courant, adj_17, adj_20);
        wp::adj_sub(var_18, var_19, adj_15, adj_16, adj_17);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_16);
        wp::adj_address(var_e_z, var_0, var_14, adj_e_z, adj_0, adj_14, adj_15);
        wp::adj_add(var_1, var_13, adj_1, adj_13, adj_14);
        // adj: h_x[i, j] -= courant * (e_z[i, j + 1] - e_z[i, j])                            <L 17>
    }
    wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
    // adj: if j < ny - 1:                                                                    <L 16>
    adj_e_z.shape = adj_6;
    // adj: ny = e_z.shape[1]                                                                 <L 13>
    adj_e_z.shape = adj_2;
    // adj: nx = e_z.shape[0]                                                                 <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def step_magnetic_field(                                                          <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_magnetic_field_61802c15_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_step_magnetic_field_61802c15 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_magnetic_field_61802c15_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_magnetic_field_61802c15_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_step_magnetic_field_61802c15 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_magnetic_field_61802c15_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_magnetic_field_61802c15_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_step_magnetic_field_61802c15 *_wp_args)
{
    step_magnetic_field_61802c15_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_magnetic_field_61802c15_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_step_magnetic_field_61802c15 *_wp_args,
    wp_args_step_magnetic_field_61802c15 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_magnetic_field_61802c15_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_magnetic_field_61802c15_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_step_magnetic_field_61802c15 *_wp_args,
    wp_args_step_magnetic_field_61802c15 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_magnetic_field_61802c15_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_magnetic_field_61802c15_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_step_magnetic_field_61802c15 *_wp_args,
    wp_args_step_magnetic_field_61802c15 *_wp_adj_args)
{
    step_magnetic_field_61802c15_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

