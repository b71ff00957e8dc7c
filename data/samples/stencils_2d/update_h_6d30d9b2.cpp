// Warp 1.19.0 cpu code for update_h_6d30d9b2.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_update_h_b8ab9880 {
    wp::array_t<wp::float32> e_z;
    wp::array_t<wp::float32> h_x;
    wp::array_t<wp::float32> h_y;
    wp::float32 coef;
};


template <bool wp_linear_contiguous>
static void update_h_b8ab9880_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_update_h_b8ab9880 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::float32 var_coef = _wp_args->coef;
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
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    wp::float32* var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32* var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::float32* var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    //---------
    // forward
    // def update_h(e_z: wp.array2d[float], h_x: wp.array2d[float], h_y: wp.array2d[float], coef: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // nx = e_z.shape[0]                                                                      <L 7>
    var_2 = &(var_e_z.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = e_z.shape[1]                                                                      <L 8>
    var_6 = &(var_e_z.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if i == nx - 1 or j == ny - 1:                                                         <L 9>
    var_12 = wp::sub(var_4, var_11);
    var_13 = (var_0 == var_12);
    var_10 = var_13;
    if (!var_10) {
        var_15 = wp::sub(var_8, var_14);
        var_16 = (var_1 == var_15);
        var_10 = var_10 || var_16;
    }
    if (var_10) {
        // return                                                                             <L 10>
        return;
    }
    // h_x[i, j] = h_x[i, j] - coef * (e_z[i, j + 1] - e_z[i, j])                             <L 11>
    var_17 = wp::address(var_h_x, var_0, var_1);
    var_19 = wp::add(var_1, var_18);
    var_20 = wp::address(var_e_z, var_0, var_19);
    var_21 = wp::address(var_e_z, var_0, var_1);
    var_23 = wp::load(var_20);
    var_24 = wp::load(var_21);
    var_22 = wp::sub(var_23, var_24);
    var_25 = wp::mul(var_coef, var_22);
    var_27 = wp::load(var_17);
    var_26 = wp::sub(var_27, var_25);
    wp::array_store(var_h_x, var_0, var_1, var_26);
    // h_y[i, j] = h_y[i, j] + coef * (e_z[i + 1, j] - e_z[i, j])                             <L 12>
    var_28 = wp::address(var_h_y, var_0, var_1);
    var_30 = wp::add(var_0, var_29);
    var_31 = wp::address(var_e_z, var_30, var_1);
    var_32 = wp::address(var_e_z, var_0, var_1);
    var_34 = wp::load(var_31);
    var_35 = wp::load(var_32);
    var_33 = wp::sub(var_34, var_35);
    var_36 = wp::mul(var_coef, var_33);
    var_38 = wp::load(var_28);
    var_37 = wp::add(var_38, var_36);
    wp::array_store(var_h_y, var_0, var_1, var_37);
}



template <bool wp_linear_contiguous>
static void update_h_b8ab9880_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_update_h_b8ab9880 *_wp_args,
    wp_args_update_h_b8ab9880 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::float32 var_coef = _wp_args->coef;
    wp::array_t<wp::float32> adj_e_z = _wp_adj_args->e_z;
    wp::array_t<wp::float32> adj_h_x = _wp_adj_args->h_x;
    wp::array_t<wp::float32> adj_h_y = _wp_adj_args->h_y;
    wp::float32 adj_coef = _wp_adj_args->coef;
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
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    wp::float32* var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32* var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::float32* var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
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
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    //---------
    // forward
    // def update_h(e_z: wp.array2d[float], h_x: wp.array2d[float], h_y: wp.array2d[float], coef: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // nx = e_z.shape[0]                                                                      <L 7>
    var_2 = &(var_e_z.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = e_z.shape[1]                                                                      <L 8>
    var_6 = &(var_e_z.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if i == nx - 1 or j == ny - 1:                                                         <L 9>
    var_12 = wp::sub(var_4, var_11);
    var_13 = (var_0 == var_12);
    var_10 = var_13;
    if (!var_10) {
        var_15 = wp::sub(var_8, var_14);
        var_16 = (var_1 == var_15);
        var_10 = var_10 || var_16;
    }
    if (var_10) {
        // return                                                                             <L 10>
        goto label0;
    }
    // h_x[i, j] = h_x[i, j] - coef * (e_z[i, j + 1] - e_z[i, j])                             <L 11>
    var_17 = wp::address(var_h_x, var_0, var_1);
    var_19 = wp::add(var_1, var_18);
    var_20 = wp::address(var_e_z, var_0, var_19);
    var_21 = wp::address(var_e_z, var_0, var_1);
    var_23 = wp::load(var_20);
    var_24 = wp::load(var_21);
    var_22 = wp::sub(var_23, var_24);
    var_25 = wp::mul(var_coef, var_22);
    var_27 = wp::load(var_17);
    var_26 = wp::sub(var_27, var_25);
    // wp::array_store(var_h_x, var_0, var_1, var_26);
    // h_y[i, j] = h_y[i, j] + coef * (e_z[i + 1, j] - e_z[i, j])                             <L 12>
    var_28 = wp::address(var_h_y, var_0, var_1);
    var_30 = wp::add(var_0, var_29);
    var_31 = wp::address(var_e_z, var_30, var_1);
    var_32 = wp::address(var_e_z, var_0, var_1);
    var_34 = wp::load(var_31);
    var_35 = wp::load(var_32);
    var_33 = wp::sub(var_34, var_35);
    var_36 = wp::mul(var_coef, var_33);
    var_38 = wp::load(var_28);
    var_37 = wp::add(var_38, var_36);
    // wp::array_store(var_h_y, var_0, var_1, var_37);
    //---------
    // reverse
    wp::adj_array_store(var_h_y, var_0, var_1, var_37, adj_h_y, adj_0, adj_1, adj_37);
    wp::adj_add(var_38, var_36, adj_28, adj_36, adj_37);
    wp::adj_mul(var_coef, var_33, adj_coef, adj_33, adj_36);
    wp::adj_sub(var_34, var_35, adj_31, adj_32, adj_33);
    wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_32);
    wp::adj_address(var_e_z, var_30, var_1, adj_e_z, adj_30, adj_1, adj_31);
    wp::adj_add(var_0, var_29, adj_0, adj_29, adj_30);
    wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_28);
    // adj: h_y[i, j] = h_y[i, j] + coef * (e_z[i + 1, j] - e_z[i, j])                        <L 12>
    wp::adj_array_store(var_h_x, var_0, var_1, var_26, adj_h_x, adj_0, adj_1, adj_26);
    wp::adj_sub(var_27, var_25, adj_17, adj_25, adj_26);
    wp::adj_mul(var_coef, var_22, adj_coef, adj_22, adj_25);
    wp::adj_sub(var_23, var_24, adj_20, adj_21, adj_22);
    wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_21);
    wp::adj_address(var_e_z, var_0, var_19, adj_e_z, adj_0, adj_19, adj_20);
    wp::adj_add(var_1, var_18, adj_1, adj_18, adj_19);
    wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_17);
    // adj: h_x[i, j] = h_x[i, j] - coef * (e_z[i, j + 1] - e_z[i, j])                        <L 11>
    if (var_10) {
        label0:;
        // adj: return                                                                        <L 10>
    }
    if (!var_10) {
        wp::adj_sub(var_8, var_14, adj_8, adj_14, adj_15);
    }
    wp::adj_sub(var_4, var_11, adj_4, adj_11, adj_12);
    // adj: if i == nx - 1 or j == ny - 1:                                                    <L 9>
    adj_e_z.shape = adj_6;
    // adj: ny = e_z.shape[1]                                                                 <L 8>
    adj_e_z.shape = adj_2;
    // adj: nx = e_z.shape[0]                                                                 <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def update_h(e_z: wp.array2d[float], h_x: wp.array2d[float], h_y: wp.array2d[float], coef: float):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_h_b8ab9880_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_h_b8ab9880 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_h_b8ab9880_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_h_b8ab9880_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_h_b8ab9880 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_h_b8ab9880_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_h_b8ab9880_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_h_b8ab9880 *_wp_args)
{
    update_h_b8ab9880_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_h_b8ab9880_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_h_b8ab9880 *_wp_args,
    wp_args_update_h_b8ab9880 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_h_b8ab9880_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_h_b8ab9880_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_h_b8ab9880 *_wp_args,
    wp_args_update_h_b8ab9880 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_h_b8ab9880_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_h_b8ab9880_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_h_b8ab9880 *_wp_args,
    wp_args_update_h_b8ab9880 *_wp_adj_args)
{
    update_h_b8ab9880_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

