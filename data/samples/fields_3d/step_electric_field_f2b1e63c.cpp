// Warp 1.19.0 cpu code for step_electric_field_f2b1e63c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_step_electric_field_ce37e531 {
    wp::array_t<wp::float32> hy;
    wp::array_t<wp::float32> hz;
    wp::array_t<wp::int32> frame;
    wp::float32 dt_dx;
    wp::int32 src_i;
    wp::int32 src_j;
    wp::int32 src_k;
    wp::float32 mag;
    wp::float32 omega;
    wp::float32 dt;
    wp::array_t<wp::float32> ex;
};


template <bool wp_linear_contiguous>
static void step_electric_field_ce37e531_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_step_electric_field_ce37e531 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hy = _wp_args->hy;
    wp::array_t<wp::float32> var_hz = _wp_args->hz;
    wp::array_t<wp::int32> var_frame = _wp_args->frame;
    wp::float32 var_dt_dx = _wp_args->dt_dx;
    wp::int32 var_src_i = _wp_args->src_i;
    wp::int32 var_src_j = _wp_args->src_j;
    wp::int32 var_src_k = _wp_args->src_k;
    wp::float32 var_mag = _wp_args->mag;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_ex = _wp_args->ex;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32* var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    bool var_12;
    const wp::int32 var_13 = 1;
    bool var_14;
    wp::float32* var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    bool var_31;
    bool var_32;
    bool var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    //---------
    // forward
    // def step_electric_field(                                                               <L 5>
    // i, j, k = wp.tid()                                                                     <L 18>
    builtin_tid3d(var_0, var_1, var_2);
    // t = (float(frame[0]) + 0.5) * dt                                                       <L 19>
    var_4 = wp::address(var_frame, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::float(var_6);
    var_8 = wp::add(var_5, var_7);
    var_9 = wp::mul(var_8, var_dt);
    // if j >= 1 and k >= 1:                                                                  <L 20>
    var_12 = (var_1 >= var_11);
    var_10 = var_12;
    if (var_10) {
        var_14 = (var_2 >= var_13);
        var_10 = var_10 && var_14;
    }
    if (var_10) {
        // curl_x = (hz[i, j, k] - hz[i, j - 1, k]) - (hy[i, j, k] - hy[i, j, k - 1])         <L 21>
        var_15 = wp::address(var_hz, var_0, var_1, var_2);
        var_17 = wp::sub(var_1, var_16);
        var_18 = wp::address(var_hz, var_0, var_17, var_2);
        var_20 = wp::load(var_15);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_22 = wp::address(var_hy, var_0, var_1, var_2);
        var_24 = wp::sub(var_2, var_23);
        var_25 = wp::address(var_hy, var_0, var_1, var_24);
        var_27 = wp::load(var_22);
        var_28 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_28);
        var_29 = wp::sub(var_19, var_26);
        // if i == src_i and j == src_j and k == src_k:                                       <L 22>
        var_31 = (var_0 == var_src_i);
        var_30 = var_31;
        if (var_30) {
            var_32 = (var_1 == var_src_j);
            var_30 = var_30 && var_32;
        }
        if (var_30) {
            var_33 = (var_2 == var_src_k);
            var_30 = var_30 && var_33;
        }
        if (var_30) {
            // curl_x -= mag * wp.sin(omega * t)                                              <L 23>
            var_34 = wp::mul(var_omega, var_9);
            var_35 = wp::sin(var_34);
            var_36 = wp::mul(var_mag, var_35);
            var_37 = wp::sub(var_29, var_36);
        }
        var_38 = wp::where(var_30, var_37, var_29);
        // ex[i, j, k] = ex[i, j, k] + dt_dx * curl_x                                         <L 24>
        var_39 = wp::address(var_ex, var_0, var_1, var_2);
        var_40 = wp::mul(var_dt_dx, var_38);
        var_42 = wp::load(var_39);
        var_41 = wp::add(var_42, var_40);
        wp::array_store(var_ex, var_0, var_1, var_2, var_41);
    }
}



template <bool wp_linear_contiguous>
static void step_electric_field_ce37e531_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_step_electric_field_ce37e531 *_wp_args,
    wp_args_step_electric_field_ce37e531 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hy = _wp_args->hy;
    wp::array_t<wp::float32> var_hz = _wp_args->hz;
    wp::array_t<wp::int32> var_frame = _wp_args->frame;
    wp::float32 var_dt_dx = _wp_args->dt_dx;
    wp::int32 var_src_i = _wp_args->src_i;
    wp::int32 var_src_j = _wp_args->src_j;
    wp::int32 var_src_k = _wp_args->src_k;
    wp::float32 var_mag = _wp_args->mag;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_ex = _wp_args->ex;
    wp::array_t<wp::float32> adj_hy = _wp_adj_args->hy;
    wp::array_t<wp::float32> adj_hz = _wp_adj_args->hz;
    wp::array_t<wp::int32> adj_frame = _wp_adj_args->frame;
    wp::float32 adj_dt_dx = _wp_adj_args->dt_dx;
    wp::int32 adj_src_i = _wp_adj_args->src_i;
    wp::int32 adj_src_j = _wp_adj_args->src_j;
    wp::int32 adj_src_k = _wp_adj_args->src_k;
    wp::float32 adj_mag = _wp_adj_args->mag;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_ex = _wp_adj_args->ex;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32* var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    bool var_12;
    const wp::int32 var_13 = 1;
    bool var_14;
    wp::float32* var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    bool var_31;
    bool var_32;
    bool var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    bool adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    //---------
    // forward
    // def step_electric_field(                                                               <L 5>
    // i, j, k = wp.tid()                                                                     <L 18>
    builtin_tid3d(var_0, var_1, var_2);
    // t = (float(frame[0]) + 0.5) * dt                                                       <L 19>
    var_4 = wp::address(var_frame, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::float(var_6);
    var_8 = wp::add(var_5, var_7);
    var_9 = wp::mul(var_8, var_dt);
    // if j >= 1 and k >= 1:                                                                  <L 20>
    var_12 = (var_1 >= var_11);
    var_10 = var_12;
    if (var_10) {
        var_14 = (var_2 >= var_13);
        var_10 = var_10 && var_14;
    }
    if (var_10) {
        // curl_x = (hz[i, j, k] - hz[i, j - 1, k]) - (hy[i, j, k] - hy[i, j, k - 1])         <L 21>
        var_15 = wp::address(var_hz, var_0, var_1, var_2);
        var_17 = wp::sub(var_1, var_16);
        var_18 = wp::address(var_hz, var_0, var_17, var_2);
        var_20 = wp::load(var_15);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_22 = wp::address(var_hy, var_0, var_1, var_2);
        var_24 = wp::sub(var_2, var_23);
        var_25 = wp::address(var_hy, var_0, var_1, var_24);
        var_27 = wp::load(var_22);
        var_28 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_28);
        var_29 = wp::sub(var_19, var_26);
        // if i == src_i and j == src_j and k == src_k:                                       <L 22>
        var_31 = (var_0 == var_src_i);
        var_30 = var_31;
        if (var_30) {
            var_32 = (var_1 == var_src_j);
            var_30 = var_30 && var_32;
        }
        if (var_30) {
            var_33 = (var_2 == var_src_k);
            var_30 = var_30 && var_33;
        }
        if (var_30) {
            // curl_x -= mag * wp.sin(omega * t)                                              <L 23>
            var_34 = wp::mul(var_omega, var_9);
            var_35 = wp::sin(var_34);
            var_36 = wp::mul(var_mag, var_35);
            var_37 = wp::sub(var_29, var_36);
        }
        var_38 = wp::where(var_30, var_37, var_29);
        // ex[i, j, k] = ex[i, j, k] + dt_dx * curl_x                                         <L 24>
        var_39 = wp::address(var_ex, var_0, var_1, var_2);
        var_40 = wp::mul(var_dt_dx, var_38);
        var_42 = wp::load(var_39);
        var_41 = wp::add(var_42, var_40);
        // wp::array_store(var_ex, var_0, var_1, var_2, var_41);
    }
    //---------
    // reverse
    if (var_10) {
        wp::adj_array_store(var_ex, var_0, var_1, var_2, var_41, adj_ex, adj_0, adj_1, adj_2, adj_41);
        wp::adj_add(var_42, var_40, adj_39, adj_40, adj_41);
        wp::adj_mul(var_dt_dx, var_38, adj_dt_dx, adj_38, adj_40);
        wp::adj_address(var_ex, var_0, var_1, var_2, adj_ex, adj_0, adj_1, adj_2, adj_39);
        // adj: ex[i, j, k] = ex[i, j, k] + dt_dx * curl_x                                    <L 24>
        wp::adj_where(var_30, var_37, var_29, adj_30, adj_37, adj_29, adj_38);
        if (var_30) {
            wp::adj_sub(var_29, var_36, adj_29, adj_36, adj_37);
            wp::adj_mul(var_mag, var_35, adj_mag, adj_35, adj_36);
            wp::adj_sin(var_34, adj_34, adj_35);
            wp::adj_mul(var_omega, var_9, adj_omega, adj_9, adj_34);
            // adj: curl_x -= mag * wp.sin(omega * t)                                         <L 23>
        }
        if (var_30) {
        }
        if (var_30) {
        }
        // adj: if i == src_i and j == src_j and k == src_k:                                  <L 22>
        wp::adj_sub(var_19, var_26, adj_19, adj_26, adj_29);
        wp::adj_sub(var_27, var_28, adj_22, adj_25, adj_26);
        wp::adj_address(var_hy, var_0, var_1, var_24, adj_hy, adj_0, adj_1, adj_24, adj_25);
        wp::adj_sub(var_2, var_23, adj_2, adj_23, adj_24);
        wp::adj_address(var_hy, var_0, var_1, var_2, adj_hy, adj_0, adj_1, adj_2, adj_22);
        wp::adj_sub(var_20, var_21, adj_15, adj_18, adj_19);
        wp::adj_address(var_hz, var_0, var_17, var_2, adj_hz, adj_0, adj_17, adj_2, adj_18);
        wp::adj_sub(var_1, var_16, adj_1, adj_16, adj_17);
        wp::adj_address(var_hz, var_0, var_1, var_2, adj_hz, adj_0, adj_1, adj_2, adj_15);
        // adj: curl_x = (hz[i, j, k] - hz[i, j - 1, k]) - (hy[i, j, k] - hy[i, j, k - 1])    <L 21>
    }
    if (var_10) {
    }
    // adj: if j >= 1 and k >= 1:                                                             <L 20>
    wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_9);
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_float(var_6, adj_4, adj_5);
    wp::adj_address(var_frame, var_3, adj_frame, adj_3, adj_4);
    // adj: t = (float(frame[0]) + 0.5) * dt                                                  <L 19>
    // adj: i, j, k = wp.tid()                                                                <L 18>
    // adj: def step_electric_field(                                                          <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_electric_field_ce37e531_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_electric_field_ce37e531 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_electric_field_ce37e531_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_electric_field_ce37e531_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_electric_field_ce37e531 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_electric_field_ce37e531_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_electric_field_ce37e531_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_electric_field_ce37e531 *_wp_args)
{
    step_electric_field_ce37e531_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_electric_field_ce37e531_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_electric_field_ce37e531 *_wp_args,
    wp_args_step_electric_field_ce37e531 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_electric_field_ce37e531_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_electric_field_ce37e531_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_electric_field_ce37e531 *_wp_args,
    wp_args_step_electric_field_ce37e531 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_electric_field_ce37e531_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_electric_field_ce37e531_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_electric_field_ce37e531 *_wp_args,
    wp_args_step_electric_field_ce37e531 *_wp_adj_args)
{
    step_electric_field_ce37e531_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

