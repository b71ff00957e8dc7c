// Warp 1.19.0 cpu code for velocity_divergence_2f756c61.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_velocity_divergence_44afe5bf {
    wp::array_t<wp::float32> u;
    wp::array_t<wp::float32> v;
    wp::array_t<wp::float32> divergence;
    wp::float32 cell_size;
};


template <bool wp_linear_contiguous>
static void velocity_divergence_44afe5bf_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_velocity_divergence_44afe5bf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_divergence = _wp_args->divergence;
    wp::float32 var_cell_size = _wp_args->cell_size;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // forward
    // def velocity_divergence(                                                               <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // if i == u.shape[0] - 1 or j == u.shape[1] - 1:                                         <L 12>
    var_3 = &(var_u.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_8 = wp::sub(var_5, var_7);
    var_9 = (var_0 == var_8);
    var_2 = var_9;
    if (!var_2) {
        var_10 = &(var_u.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_15 = wp::sub(var_12, var_14);
        var_16 = (var_1 == var_15);
        var_2 = var_2 || var_16;
    }
    if (var_2) {
        // return                                                                             <L 13>
        return;
    }
    // inv_h = 1.0 / cell_size                                                                <L 14>
    var_18 = wp::div(var_17, var_cell_size);
    // dx_term = (u[i + 1, j] - u[i, j]) * inv_h                                              <L 15>
    var_20 = wp::add(var_0, var_19);
    var_21 = wp::address(var_u, var_20, var_1);
    var_22 = wp::address(var_u, var_0, var_1);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_25);
    var_26 = wp::mul(var_23, var_18);
    // dy_term = (v[i, j + 1] - v[i, j]) * inv_h                                              <L 16>
    var_28 = wp::add(var_1, var_27);
    var_29 = wp::address(var_v, var_0, var_28);
    var_30 = wp::address(var_v, var_0, var_1);
    var_32 = wp::load(var_29);
    var_33 = wp::load(var_30);
    var_31 = wp::sub(var_32, var_33);
    var_34 = wp::mul(var_31, var_18);
    // divergence[i, j] = dx_term + dy_term                                                   <L 17>
    var_35 = wp::add(var_26, var_34);
    wp::array_store(var_divergence, var_0, var_1, var_35);
}



template <bool wp_linear_contiguous>
static void velocity_divergence_44afe5bf_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_velocity_divergence_44afe5bf *_wp_args,
    wp_args_velocity_divergence_44afe5bf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_divergence = _wp_args->divergence;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::float32> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_divergence = _wp_adj_args->divergence;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    //---------
    // forward
    // def velocity_divergence(                                                               <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // if i == u.shape[0] - 1 or j == u.shape[1] - 1:                                         <L 12>
    var_3 = &(var_u.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_8 = wp::sub(var_5, var_7);
    var_9 = (var_0 == var_8);
    var_2 = var_9;
    if (!var_2) {
        var_10 = &(var_u.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_15 = wp::sub(var_12, var_14);
        var_16 = (var_1 == var_15);
        var_2 = var_2 || var_16;
    }
    if (var_2) {
        // return                                                                             <L 13>
        goto label0;
    }
    // inv_h = 1.0 / cell_size                                                                <L 14>
    var_18 = wp::div(var_17, var_cell_size);
    // dx_term = (u[i + 1, j] - u[i, j]) * inv_h                                              <L 15>
    var_20 = wp::add(var_0, var_19);
    var_21 = wp::address(var_u, var_20, var_1);
    var_22 = wp::address(var_u, var_0, var_1);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_25);
    var_26 = wp::mul(var_23, var_18);
    // dy_term = (v[i, j + 1] - v[i, j]) * inv_h                                              <L 16>
    var_28 = wp::add(var_1, var_27);
    var_29 = wp::address(var_v, var_0, var_28);
    var_30 = wp::address(var_v, var_0, var_1);
    var_32 = wp::load(var_29);
    var_33 = wp::load(var_30);
    var_31 = wp::sub(var_32, var_33);
    var_34 = wp::mul(var_31, var_18);
    // divergence[i, j] = dx_term + dy_term                                                   <L 17>
    var_35 = wp::add(var_26, var_34);
    // wp::array_store(var_divergence, var_0, var_1, var_35);
    //---------
    // reverse
    wp::adj_array_store(var_divergence, var_0, var_1, var_35, adj_divergence, adj_0, adj_1, adj_35);
    wp::adj_add(var_26, var_34, adj_26, adj_34, adj_35);
    // adj: divergence[i, j] = dx_term + dy_term                                              <L 17>
    wp::adj_mul(var_31, var_18, adj_31, adj_18, adj_34);
    wp::adj_sub(var_32, var_33, adj_29, adj_30, adj_31);
    wp::adj_address(var_v, var_0, var_1, adj_v, adj_0, adj_1, adj_30);
    wp::adj_address(var_v, var_0, var_28, adj_v, adj_0, adj_28, adj_29);
    wp::adj_add(var_1, var_27, adj_1, adj_27, adj_28);
    // adj: dy_term = (v[i, j + 1] - v[i, j]) * inv_h                                         <L 16>
    wp::adj_mul(var_23, var_18, adj_23, adj_18, adj_26);
    wp::adj_sub(var_24, var_25, adj_21, adj_22, adj_23);
    wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_22);
    wp::adj_address(var_u, var_20, var_1, adj_u, adj_20, adj_1, adj_21);
    wp::adj_add(var_0, var_19, adj_0, adj_19, adj_20);
    // adj: dx_term = (u[i + 1, j] - u[i, j]) * inv_h                                         <L 15>
    wp::adj_div(var_17, var_cell_size, var_18, adj_17, adj_cell_size, adj_18);
    // adj: inv_h = 1.0 / cell_size                                                           <L 14>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    if (!var_2) {
        wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
        adj_u.shape = adj_10;
    }
    wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_8);
    adj_u.shape = adj_3;
    // adj: if i == u.shape[0] - 1 or j == u.shape[1] - 1:                                    <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def velocity_divergence(                                                          <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void velocity_divergence_44afe5bf_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_44afe5bf *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        velocity_divergence_44afe5bf_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void velocity_divergence_44afe5bf_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_44afe5bf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    velocity_divergence_44afe5bf_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void velocity_divergence_44afe5bf_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_44afe5bf *_wp_args)
{
    velocity_divergence_44afe5bf_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void velocity_divergence_44afe5bf_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_44afe5bf *_wp_args,
    wp_args_velocity_divergence_44afe5bf *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        velocity_divergence_44afe5bf_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void velocity_divergence_44afe5bf_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_44afe5bf *_wp_args,
    wp_args_velocity_divergence_44afe5bf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    velocity_divergence_44afe5bf_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void velocity_divergence_44afe5bf_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_44afe5bf *_wp_args,
    wp_args_velocity_divergence_44afe5bf *_wp_adj_args)
{
    velocity_divergence_44afe5bf_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

