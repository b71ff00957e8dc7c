// Warp 1.19.0 cpu code for advance_h_7db9f90d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_advance_h_9cbd0b71 {
    wp::array_t<wp::float32> e_z;
    wp::float32 courant;
    wp::array_t<wp::float32> h_x;
    wp::array_t<wp::float32> h_y;
};


template <bool wp_linear_contiguous>
static void advance_h_9cbd0b71_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_advance_h_9cbd0b71 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::float32 var_courant = _wp_args->courant;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    wp::float32* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    bool var_26;
    wp::float32* var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32* var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    //---------
    // forward
    // def advance_h(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // if j < e_z.shape[1] - 1:                                                               <L 14>
    var_2 = &(var_e_z.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_7 = wp::sub(var_4, var_6);
    var_8 = (var_1 < var_7);
    if (var_8) {
        // h_x[i, j] = h_x[i, j] - courant * (e_z[i, j + 1] - e_z[i, j])                      <L 15>
        var_9 = wp::address(var_h_x, var_0, var_1);
        var_11 = wp::add(var_1, var_10);
        var_12 = wp::address(var_e_z, var_0, var_11);
        var_13 = wp::address(var_e_z, var_0, var_1);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_16);
        var_17 = wp::mul(var_courant, var_14);
        var_19 = wp::load(var_9);
        var_18 = wp::sub(var_19, var_17);
        wp::array_store(var_h_x, var_0, var_1, var_18);
    }
    // if i < e_z.shape[0] - 1:                                                               <L 17>
    var_20 = &(var_e_z.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_25 = wp::sub(var_22, var_24);
    var_26 = (var_0 < var_25);
    if (var_26) {
        // h_y[i, j] = h_y[i, j] + courant * (e_z[i + 1, j] - e_z[i, j])                      <L 18>
        var_27 = wp::address(var_h_y, var_0, var_1);
        var_29 = wp::add(var_0, var_28);
        var_30 = wp::address(var_e_z, var_29, var_1);
        var_31 = wp::address(var_e_z, var_0, var_1);
        var_33 = wp::load(var_30);
        var_34 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_34);
        var_35 = wp::mul(var_courant, var_32);
        var_37 = wp::load(var_27);
        var_36 = wp::add(var_37, var_35);
        wp::array_store(var_h_y, var_0, var_1, var_36);
    }
}



template <bool wp_linear_contiguous>
static void advance_h_9cbd0b71_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_advance_h_9cbd0b71 *_wp_args,
    wp_args_advance_h_9cbd0b71 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::float32 var_courant = _wp_args->courant;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::array_t<wp::float32> adj_e_z = _wp_adj_args->e_z;
    wp::float32 adj_courant = _wp_adj_args->courant;
    wp::array_t<wp::float32> adj_h_x = _wp_adj_args->h_x;
    wp::array_t<wp::float32> adj_h_y = _wp_adj_args->h_y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    wp::float32* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    bool var_26;
    wp::float32* var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32* var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
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
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::shape_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    //---------
    // forward
    // def advance_h(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // if j < e_z.shape[1] - 1:                                                               <L 14>
    var_2 = &(var_e_z.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_7 = wp::sub(var_4, var_6);
    var_8 = (var_1 < var_7);
    if (var_8) {
        // h_x[i, j] = h_x[i, j] - courant * (e_z[i, j + 1] - e_z[i, j])                      <L 15>
        var_9 = wp::address(var_h_x, var_0, var_1);
        var_11 = wp::add(var_1, var_10);
        var_12 = wp::address(var_e_z, var_0, var_11);
        var_13 = wp::address(var_e_z, var_0, var_1);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_16);
        var_17 = wp::mul(var_courant, var_14);
        var_19 = wp::load(var_9);
        var_18 = wp::sub(var_19, var_17);
        // wp::array_store(var_h_x, var_0, var_1, var_18);
    }
    // if i < e_z.shape[0] - 1:                                                               <L 17>
    var_20 = &(var_e_z.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_25 = wp::sub(var_22, var_24);
    var_26 = (var_0 < var_25);
    if (var_26) {
        // h_y[i, j] = h_y[i, j] + courant * (e_z[i + 1, j] - e_z[i, j])                      <L 18>
        var_27 = wp::address(var_h_y, var_0, var_1);
        var_29 = wp::add(var_0, var_28);
        var_30 = wp::address(var_e_z, var_29, var_1);
        var_31 = wp::address(var_e_z, var_0, var_1);
        var_33 = wp::load(var_30);
        var_34 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_34);
        var_35 = wp::mul(var_courant, var_32);
        var_37 = wp::load(var_27);
        var_36 = wp::add(var_37, var_35);
        // wp::array_store(var_h_y, var_0, var_1, var_36);
    }
    //---------
    // reverse
    if (var_26) {
        wp::adj_array_store(var_h_y, var_0, var_1, var_36, adj_h_y, adj_0, adj_1, adj_36);
        wp::adj_add(var_37, var_35, adj_27, adj_35, adj_36);
        wp::adj_mul(var_courant, var_32, adj_courant, adj_32, adj_35);
        wp::adj_sub(var_33, var_34, adj_30, adj_31, adj_32);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_31);
        wp::adj_address(var_e_z, var_29, var_1, adj_e_z, adj_29, adj_1, adj_30);
        wp::adj_add(var_0, var_28, adj_0, adj_28, adj_29);
        wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_27);
        // adj: h_y[i, j] = h_y[i, j] + courant * (e_z[i + 1, j] - e_z[i, j])                 <L 18>
    }
    wp::adj_sub(var_22, var_24, adj_22, adj_24, adj_25);
    adj_e_z.shape = adj_20;
    // adj: if i < e_z.shape[0] - 1:                                                          <L 17>
    if (var_8) {
        wp::adj_array_store(var_h_x, var_0, var_1, var_18, adj_h_x, adj_0, adj_1, adj_18);
        wp::adj_sub(var_19, var_17, adj_9, adj_17, adj_18);
        wp::adj_mul(var_courant, var_14, adj_courant, adj_14, adj_17);
        wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_13);
        wp::adj_address(var_e_z, var_0, var_11, adj_e_z, adj_0, adj_11, adj_12);
        wp::adj_add(var_1, var_10, adj_1, adj_10, adj_11);
        wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_9);
        // adj: h_x[i, j] = h_x[i, j] - courant * (e_z[i, j + 1] - e_z[i, j])                 <L 15>
    }
    wp::adj_sub(var_4, var_6, adj_4, adj_6, adj_7);
    adj_e_z.shape = adj_2;
    // adj: if j < e_z.shape[1] - 1:                                                          <L 14>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def advance_h(                                                                    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_h_9cbd0b71_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_advance_h_9cbd0b71 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_h_9cbd0b71_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void advance_h_9cbd0b71_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_advance_h_9cbd0b71 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    advance_h_9cbd0b71_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_h_9cbd0b71_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_advance_h_9cbd0b71 *_wp_args)
{
    advance_h_9cbd0b71_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_h_9cbd0b71_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_advance_h_9cbd0b71 *_wp_args,
    wp_args_advance_h_9cbd0b71 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_h_9cbd0b71_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void advance_h_9cbd0b71_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_advance_h_9cbd0b71 *_wp_args,
    wp_args_advance_h_9cbd0b71 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    advance_h_9cbd0b71_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void advance_h_9cbd0b71_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_advance_h_9cbd0b71 *_wp_args,
    wp_args_advance_h_9cbd0b71 *_wp_adj_args)
{
    advance_h_9cbd0b71_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

