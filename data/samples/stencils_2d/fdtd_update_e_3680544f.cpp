// Warp 1.19.0 cpu code for fdtd_update_e_3680544f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_fdtd_update_e_3b2e1ffb {
    wp::array_t<wp::float32> hx;
    wp::array_t<wp::float32> h_y;
    wp::float32 dt_dx;
    wp::float32 ca;
    wp::int32 src_i;
    wp::int32 src_j;
    wp::float32 mag;
    wp::float32 f0;
    wp::float32 sim_time;
    wp::array_t<wp::float32> ez;
};


template <bool wp_linear_contiguous>
static void fdtd_update_e_3b2e1ffb_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hx = _wp_args->hx;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::float32 var_dt_dx = _wp_args->dt_dx;
    wp::float32 var_ca = _wp_args->ca;
    wp::int32 var_src_i = _wp_args->src_i;
    wp::int32 var_src_j = _wp_args->src_j;
    wp::float32 var_mag = _wp_args->mag;
    wp::float32 var_f0 = _wp_args->f0;
    wp::float32 var_sim_time = _wp_args->sim_time;
    wp::array_t<wp::float32> var_ez = _wp_args->ez;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::float32* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    bool var_27;
    bool var_28;
    bool var_29;
    const wp::float32 var_30 = 6.283185307179586;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 20.0;
    bool var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // forward
    // def fdtd_update_e(                                                                     <L 9>
    // i, j = wp.tid()                                                                        <L 21>
    builtin_tid2d(var_0, var_1);
    // if i == 0 or j == 0:                                                                   <L 23>
    var_4 = (var_0 == var_3);
    var_2 = var_4;
    if (!var_2) {
        var_6 = (var_1 == var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return                                                                             <L 24>
        return;
    }
    // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                         <L 25>
    var_7 = wp::address(var_h_y, var_0, var_1);
    var_9 = wp::sub(var_0, var_8);
    var_10 = wp::address(var_h_y, var_9, var_1);
    var_12 = wp::load(var_7);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    var_14 = wp::address(var_hx, var_0, var_1);
    var_16 = wp::sub(var_1, var_15);
    var_17 = wp::address(var_hx, var_0, var_16);
    var_19 = wp::load(var_14);
    var_20 = wp::load(var_17);
    var_18 = wp::sub(var_19, var_20);
    var_21 = wp::sub(var_11, var_18);
    // e = ca * ez[i, j] + dt_dx * curl                                                       <L 26>
    var_22 = wp::address(var_ez, var_0, var_1);
    var_24 = wp::load(var_22);
    var_23 = wp::mul(var_ca, var_24);
    var_25 = wp::mul(var_dt_dx, var_21);
    var_26 = wp::add(var_23, var_25);
    // if i == src_i and j == src_j:                                                          <L 27>
    var_28 = (var_0 == var_src_i);
    var_27 = var_28;
    if (var_27) {
        var_29 = (var_1 == var_src_j);
        var_27 = var_27 && var_29;
    }
    if (var_27) {
        // s = mag * wp.sin(TWO_PI * f0 * sim_time)                                           <L 29>
        var_31 = wp::mul(var_30, var_f0);
        var_32 = wp::mul(var_31, var_sim_time);
        var_33 = wp::sin(var_32);
        var_34 = wp::mul(var_mag, var_33);
        // if sim_time < RAMP_TIME:                                                           <L 30>
        var_36 = (var_sim_time < var_35);
        if (var_36) {
            // s = s * sim_time / RAMP_TIME                                                   <L 31>
            var_37 = wp::mul(var_34, var_sim_time);
            var_38 = wp::div(var_37, var_35);
        }
        var_39 = wp::where(var_36, var_38, var_34);
        // e = s                                                                              <L 32>
        var_40 = wp::copy(var_39);
    }
    var_41 = wp::where(var_27, var_40, var_26);
    // ez[i, j] = e                                                                           <L 33>
    wp::array_store(var_ez, var_0, var_1, var_41);
}



template <bool wp_linear_contiguous>
static void fdtd_update_e_3b2e1ffb_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_args,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hx = _wp_args->hx;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::float32 var_dt_dx = _wp_args->dt_dx;
    wp::float32 var_ca = _wp_args->ca;
    wp::int32 var_src_i = _wp_args->src_i;
    wp::int32 var_src_j = _wp_args->src_j;
    wp::float32 var_mag = _wp_args->mag;
    wp::float32 var_f0 = _wp_args->f0;
    wp::float32 var_sim_time = _wp_args->sim_time;
    wp::array_t<wp::float32> var_ez = _wp_args->ez;
    wp::array_t<wp::float32> adj_hx = _wp_adj_args->hx;
    wp::array_t<wp::float32> adj_h_y = _wp_adj_args->h_y;
    wp::float32 adj_dt_dx = _wp_adj_args->dt_dx;
    wp::float32 adj_ca = _wp_adj_args->ca;
    wp::int32 adj_src_i = _wp_adj_args->src_i;
    wp::int32 adj_src_j = _wp_adj_args->src_j;
    wp::float32 adj_mag = _wp_adj_args->mag;
    wp::float32 adj_f0 = _wp_adj_args->f0;
    wp::float32 adj_sim_time = _wp_adj_args->sim_time;
    wp::array_t<wp::float32> adj_ez = _wp_adj_args->ez;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::float32* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    bool var_27;
    bool var_28;
    bool var_29;
    const wp::float32 var_30 = 6.283185307179586;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 20.0;
    bool var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def fdtd_update_e(                                                                     <L 9>
    // i, j = wp.tid()                                                                        <L 21>
    builtin_tid2d(var_0, var_1);
    // if i == 0 or j == 0:                                                                   <L 23>
    var_4 = (var_0 == var_3);
    var_2 = var_4;
    if (!var_2) {
        var_6 = (var_1 == var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return                                                                             <L 24>
        goto label0;
    }
    // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                         <L 25>
    var_7 = wp::address(var_h_y, var_0, var_1);
    var_9 = wp::sub(var_0, var_8);
    var_10 = wp::address(var_h_y, var_9, var_1);
    var_12 = wp::load(var_7);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    var_14 = wp::address(var_hx, var_0, var_1);
    var_16 = wp::sub(var_1, var_15);
    var_17 = wp::address(var_hx, var_0, var_16);
    var_19 = wp::load(var_14);
    var_20 = wp::load(var_17);
    var_18 = wp::sub(var_19, var_20);
    var_21 = wp::sub(var_11, var_18);
    // e = ca * ez[i, j] + dt_dx * curl                                                       <L 26>
    var_22 = wp::address(var_ez, var_0, var_1);
    var_24 = wp::load(var_22);
    var_23 = wp::mul(var_ca, var_24);
    var_25 = wp::mul(var_dt_dx, var_21);
    var_26 = wp::add(var_23, var_25);
    // if i == src_i and j == src_j:                                                          <L 27>
    var_28 = (var_0 == var_src_i);
    var_27 = var_28;
    if (var_27) {
        var_29 = (var_1 == var_src_j);
        var_27 = var_27 && var_29;
    }
    if (var_27) {
        // s = mag * wp.sin(TWO_PI * f0 * sim_time)                                           <L 29>
        var_31 = wp::mul(var_30, var_f0);
        var_32 = wp::mul(var_31, var_sim_time);
        var_33 = wp::sin(var_32);
        var_34 = wp::mul(var_mag, var_33);
        // if sim_time < RAMP_TIME:                                                           <L 30>
        var_36 = (var_sim_time < var_35);
        if (var_36) {
            // s = s * sim_time / RAMP_TIME                                                   <L 31>
            var_37 = wp::mul(var_34, var_sim_time);
            var_38 = wp::div(var_37, var_35);
        }
        var_39 = wp::where(var_36, var_38, var_34);
        // e = s                                                                              <L 32>
        var_40 = wp::copy(var_39);
    }
    var_41 = wp::where(var_27, var_40, var_26);
    // ez[i, j] = e                                                                           <L 33>
    // wp::array_store(var_ez, var_0, var_1, var_41);
    //---------
    // reverse
    wp::adj_array_store(var_ez, var_0, var_1, var_41, adj_ez, adj_0, adj_1, adj_41);
    // adj: ez[i, j] = e                                                                      <L 33>
    wp::adj_where(var_27, var_40, var_26, adj_27, adj_40, adj_26, adj_41);
    if (var_27) {
        wp::adj_copy(var_39, adj_39, adj_40);
        // adj: e = s                                                                         <L 32>
        wp::adj_where(var_36, var_38, var_34, adj_36, adj_38, adj_34, adj_39);
        if (var_36) {
            wp::adj_div(var_37, var_35, var_38, adj_37, adj_35, adj_38);
            wp::adj_mul(var_34, var_sim_time, adj_34, adj_sim_time, adj_37);
            // adj: s = s * sim_time / RAMP_TIME                                              <L 31>
        }
        // adj: if sim_time < RAMP_TIME:                                                      <L 30>
        wp::adj_mul(var_mag, var_33, adj_mag, adj_33, adj_34);
        wp::adj_sin(var_32, adj_32, adj_33);
        wp::adj_mul(var_31, var_sim_time, adj_31, adj_sim_time, adj_32);
        wp::adj_mul(var_30, var_f0, adj_30, adj_f0, adj_31);
        // adj: s = mag * wp.sin(TWO_PI * f0 * sim_time)                                      <L 29>
    }
    if (var_27) {
    }
    // adj: if i == src_i and j == src_j:                                                     <L 27>
    wp::adj_add(var_23, var_25, adj_23, adj_25, adj_26);
    wp::adj_mul(var_dt_dx, var_21, adj_dt_dx, adj_21, adj_25);
    wp::adj_mul(var_ca, var_24, adj_ca, adj_22, adj_23);
    wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_22);
    // adj: e = ca * ez[i, j] + dt_dx * curl                                                  <L 26>
    wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_21);
    wp::adj_sub(var_19, var_20, adj_14, adj_17, adj_18);
    wp::adj_address(var_hx, var_0, var_16, adj_hx, adj_0, adj_16, adj_17);
    wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
    wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_14);
    wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
    wp::adj_address(var_h_y, var_9, var_1, adj_h_y, adj_9, adj_1, adj_10);
    wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_7);
    // adj: curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                    <L 25>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 24>
    }
    if (!var_2) {
    }
    // adj: if i == 0 or j == 0:                                                              <L 23>
    // adj: i, j = wp.tid()                                                                   <L 21>
    // adj: def fdtd_update_e(                                                                <L 9>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void fdtd_update_e_3b2e1ffb_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fdtd_update_e_3b2e1ffb_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void fdtd_update_e_3b2e1ffb_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    fdtd_update_e_3b2e1ffb_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void fdtd_update_e_3b2e1ffb_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_args)
{
    fdtd_update_e_3b2e1ffb_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void fdtd_update_e_3b2e1ffb_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_args,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fdtd_update_e_3b2e1ffb_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void fdtd_update_e_3b2e1ffb_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_args,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    fdtd_update_e_3b2e1ffb_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void fdtd_update_e_3b2e1ffb_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_args,
    wp_args_fdtd_update_e_3b2e1ffb *_wp_adj_args)
{
    fdtd_update_e_3b2e1ffb_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_wave_step_aa4b8f37 {
    wp::array_t<wp::float32> h_current;
    wp::float32 k_speed;
    wp::float32 k_damp;
    wp::float32 cell_size;
    wp::float32 sim_dt;
    wp::array_t<wp::float32> h_velocity;
    wp::array_t<wp::float32> h_next;
};


template <bool wp_linear_contiguous>
static void wave_step_aa4b8f37_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_wave_step_aa4b8f37 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_h_current = _wp_args->h_current;
    wp::float32 var_k_speed = _wp_args->k_speed;
    wp::float32 var_k_damp = _wp_args->k_damp;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::float32 var_sim_dt = _wp_args->sim_dt;
    wp::array_t<wp::float32> var_h_velocity = _wp_args->h_velocity;
    wp::array_t<wp::float32> var_h_next = _wp_args->h_next;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::shape_t var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 4.0;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 20.0;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::float32 var_59 = 1.0;
    const wp::float32 var_60 = 6.0;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32* var_65;
    wp::float32 var_66;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    //---------
    // forward
    // def wave_step(                                                                         <L 37>
    // i, j = wp.tid()                                                                        <L 46>
    builtin_tid2d(var_0, var_1);
    // im = wp.max(i - 1, 0)                                                                  <L 47>
    var_3 = wp::sub(var_0, var_2);
    var_5 = wp::max(var_3, var_4);
    // ip = wp.min(i + 1, h_current.shape[0] - 1)                                             <L 48>
    var_7 = wp::add(var_0, var_6);
    var_8 = &(var_h_current.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_13 = wp::sub(var_10, var_12);
    var_14 = wp::min(var_7, var_13);
    // jm = wp.max(j - 1, 0)                                                                  <L 49>
    var_16 = wp::sub(var_1, var_15);
    var_18 = wp::max(var_16, var_17);
    // jp = wp.min(j + 1, h_current.shape[1] - 1)                                             <L 50>
    var_20 = wp::add(var_1, var_19);
    var_21 = &(var_h_current.shape);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::min(var_20, var_26);
    // h1 = h_current[i, j]                                                                   <L 51>
    var_28 = wp::address(var_h_current, var_0, var_1);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // edges = h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp]       <L 52>
    var_31 = wp::address(var_h_current, var_5, var_1);
    var_32 = wp::address(var_h_current, var_14, var_1);
    var_34 = wp::load(var_31);
    var_35 = wp::load(var_32);
    var_33 = wp::add(var_34, var_35);
    var_36 = wp::address(var_h_current, var_0, var_18);
    var_38 = wp::load(var_36);
    var_37 = wp::add(var_33, var_38);
    var_39 = wp::address(var_h_current, var_0, var_27);
    var_41 = wp::load(var_39);
    var_40 = wp::add(var_37, var_41);
    // corners = h_current[im, jm] + h_current[ip, jm] + h_current[im, jp] + h_current[ip, jp]       <L 53>
    var_42 = wp::address(var_h_current, var_5, var_18);
    var_43 = wp::address(var_h_current, var_14, var_18);
    var_45 = wp::load(var_42);
    var_46 = wp::load(var_43);
    var_44 = wp::add(var_45, var_46);
    var_47 = wp::address(var_h_current, var_5, var_27);
    var_49 = wp::load(var_47);
    var_48 = wp::add(var_44, var_49);
    var_50 = wp::address(var_h_current, var_14, var_27);
    var_52 = wp::load(var_50);
    var_51 = wp::add(var_48, var_52);
    // l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) / (cell_size * cell_size)        <L 54>
    var_54 = wp::mul(var_53, var_40);
    var_55 = wp::add(var_54, var_51);
    var_57 = wp::mul(var_56, var_29);
    var_58 = wp::sub(var_55, var_57);
    var_61 = wp::div(var_59, var_60);
    var_62 = wp::mul(var_58, var_61);
    var_63 = wp::mul(var_cell_size, var_cell_size);
    var_64 = wp::div(var_62, var_63);
    // v = h_velocity[i, j] + sim_dt * (k_speed * l - k_damp * h_velocity[i, j])              <L 55>
    var_65 = wp::address(var_h_velocity, var_0, var_1);
    var_66 = wp::mul(var_k_speed, var_64);
    var_67 = wp::address(var_h_velocity, var_0, var_1);
    var_69 = wp::load(var_67);
    var_68 = wp::mul(var_k_damp, var_69);
    var_70 = wp::sub(var_66, var_68);
    var_71 = wp::mul(var_sim_dt, var_70);
    var_73 = wp::load(var_65);
    var_72 = wp::add(var_73, var_71);
    // h_velocity[i, j] = v                                                                   <L 56>
    wp::array_store(var_h_velocity, var_0, var_1, var_72);
    // h_next[i, j] = h1 + sim_dt * v                                                         <L 57>
    var_74 = wp::mul(var_sim_dt, var_72);
    var_75 = wp::add(var_29, var_74);
    wp::array_store(var_h_next, var_0, var_1, var_75);
}



template <bool wp_linear_contiguous>
static void wave_step_aa4b8f37_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_wave_step_aa4b8f37 *_wp_args,
    wp_args_wave_step_aa4b8f37 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_h_current = _wp_args->h_current;
    wp::float32 var_k_speed = _wp_args->k_speed;
    wp::float32 var_k_damp = _wp_args->k_damp;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::float32 var_sim_dt = _wp_args->sim_dt;
    wp::array_t<wp::float32> var_h_velocity = _wp_args->h_velocity;
    wp::array_t<wp::float32> var_h_next = _wp_args->h_next;
    wp::array_t<wp::float32> adj_h_current = _wp_adj_args->h_current;
    wp::float32 adj_k_speed = _wp_adj_args->k_speed;
    wp::float32 adj_k_damp = _wp_adj_args->k_damp;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    wp::float32 adj_sim_dt = _wp_adj_args->sim_dt;
    wp::array_t<wp::float32> adj_h_velocity = _wp_adj_args->h_velocity;
    wp::array_t<wp::float32> adj_h_next = _wp_adj_args->h_next;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::shape_t var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 4.0;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 20.0;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::float32 var_59 = 1.0;
    const wp::float32 var_60 = 6.0;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32* var_65;
    wp::float32 var_66;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::shape_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::shape_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
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
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    //---------
    // forward
    // def wave_step(                                                                         <L 37>
    // i, j = wp.tid()                                                                        <L 46>
    builtin_tid2d(var_0, var_1);
    // im = wp.max(i - 1, 0)                                                                  <L 47>
    var_3 = wp::sub(var_0, var_2);
    var_5 = wp::max(var_3, var_4);
    // ip = wp.min(i + 1, h_current.shape[0] - 1)                                             <L 48>
    var_7 = wp::add(var_0, var_6);
    var_8 = &(var_h_current.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_13 = wp::sub(var_10, var_12);
    var_14 = wp::min(var_7, var_13);
    // jm = wp.max(j - 1, 0)                                                                  <L 49>
    var_16 = wp::sub(var_1, var_15);
    var_18 = wp::max(var_16, var_17);
    // jp = wp.min(j + 1, h_current.shape[1] - 1)                                             <L 50>
    var_20 = wp::add(var_1, var_19);
    var_21 = &(var_h_current.shape);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::min(var_20, var_26);
    // h1 = h_current[i, j]                                                                   <L 51>
    var_28 = wp::address(var_h_current, var_0, var_1);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // edges = h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp]       <L 52>
    var_31 = wp::address(var_h_current, var_5, var_1);
    var_32 = wp::address(var_h_current, var_14, var_1);
    var_34 = wp::load(var_31);
    var_35 = wp::load(var_32);
    var_33 = wp::add(var_34, var_35);
    var_36 = wp::address(var_h_current, var_0, var_18);
    var_38 = wp::load(var_36);
    var_37 = wp::add(var_33, var_38);
    var_39 = wp::address(var_h_current, var_0, var_27);
    var_41 = wp::load(var_39);
    var_40 = wp::add(var_37, var_41);
    // corners = h_current[im, jm] + h_current[ip, jm] + h_current[im, jp] + h_current[ip, jp]       <L 53>
    var_42 = wp::address(var_h_current, var_5, var_18);
    var_43 = wp::address(var_h_current, var_14, var_18);
    var_45 = wp::load(var_42);
    var_46 = wp::load(var_43);
    var_44 = wp::add(var_45, var_46);
    var_47 = wp::address(var_h_current, var_5, var_27);
    var_49 = wp::load(var_47);
    var_48 = wp::add(var_44, var_49);
    var_50 = wp::address(var_h_current, var_14, var_27);
    var_52 = wp::load(var_50);
    var_51 = wp::add(var_48, var_52);
    // l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) / (cell_size * cell_size)        <L 54>
    var_54 = wp::mul(var_53, var_40);
    var_55 = wp::add(var_54, var_51);
    var_57 = wp::mul(var_56, var_29);
    var_58 = wp::sub(var_55, var_57);
    var_61 = wp::div(var_59, var_60);
    var_62 = wp::mul(var_58, var_61);
    var_63 = wp::mul(var_cell_size, var_cell_size);
    var_64 = wp::div(var_62, var_63);
    // v = h_velocity[i, j] + sim_dt * (k_speed * l - k_damp * h_velocity[i, j])              <L 55>
    var_65 = wp::address(var_h_velocity, var_0, var_1);
    var_66 = wp::mul(var_k_speed, var_64);
    var_67 = wp::address(var_h_velocity, var_0, var_1);
    var_69 = wp::load(var_67);
    var_68 = wp::mul(var_k_damp, var_69);
    var_70 = wp::sub(var_66, var_68);
    var_71 = wp::mul(var_sim_dt, var_70);
    var_73 = wp::load(var_65);
    var_72 = wp::add(var_73, var_71);
    // h_velocity[i, j] = v                                                                   <L 56>
    // wp::array_store(var_h_velocity, var_0, var_1, var_72);
    // h_next[i, j] = h1 + sim_dt * v                                                         <L 57>
    var_74 = wp::mul(var_sim_dt, var_72);
    var_75 = wp::add(var_29, var_74);
    // wp::array_store(var_h_next, var_0, var_1, var_75);
    //---------
    // reverse
    wp::adj_array_store(var_h_next, var_0, var_1, var_75, adj_h_next, adj_0, adj_1, adj_75);
    wp::adj_add(var_29, var_74, adj_29, adj_74, adj_75);
    wp::adj_mul(var_sim_dt, var_72, adj_sim_dt, adj_72, adj_74);
    // adj: h_next[i, j] = h1 + sim_dt * v                                                    <L 57>
    wp::adj_array_store(var_h_velocity, var_0, var_1, var_72, adj_h_velocity, adj_0, adj_1, adj_72);
    // adj: h_velocity[i, j] = v                                                              <L 56>
    wp::adj_add(var_73, var_71, adj_65, adj_71, adj_72);
    wp::adj_mul(var_sim_dt, var_70, adj_sim_dt, adj_70, adj_71);
    wp::adj_sub(var_66, var_68, adj_66, adj_68, adj_70);
    wp::adj_mul(var_k_damp, var_69, adj_k_damp, adj_67, adj_68);
    wp::adj_address(var_h_velocity, var_0, var_1, adj_h_velocity, adj_0, adj_1, adj_67);
    wp::adj_mul(var_k_speed, var_64, adj_k_speed, adj_64, adj_66);
    wp::adj_address(var_h_velocity, var_0, var_1, adj_h_velocity, adj_0, adj_1, adj_65);
    // adj: v = h_velocity[i, j] + sim_dt * (k_speed * l - k_damp * h_velocity[i, j])         <L 55>
    wp::adj_div(var_62, var_63, var_64, adj_62, adj_63, adj_64);
    wp::adj_mul(var_cell_size, var_cell_size, adj_cell_size, adj_cell_size, adj_63);
    wp::adj_mul(var_58, var_61, adj_58, adj_61, adj_62);
    wp::adj_div(var_59, var_60, var_61, adj_59, adj_60, adj_61);
    wp::adj_sub(var_55, var_57, adj_55, adj_57, adj_58);
    wp::adj_mul(var_56, var_29, adj_56, adj_29, adj_57);
    wp::adj_add(var_54, var_51, adj_54, adj_51, adj_55);
    wp::adj_mul(var_53, var_40, adj_53, adj_40, adj_54);
    // adj: l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) / (cell_size * cell_size)   <L 54>
    wp::adj_add(var_48, var_52, adj_48, adj_50, adj_51);
    wp::adj_address(var_h_current, var_14, var_27, adj_h_current, adj_14, adj_27, adj_50);
    wp::adj_add(var_44, var_49, adj_44, adj_47, adj_48);
    wp::adj_address(var_h_current, var_5, var_27, adj_h_current, adj_5, adj_27, adj_47);
    wp::adj_add(var_45, var_46, adj_42, adj_43, adj_44);
    wp::adj_address(var_h_current, var_14, var_18, adj_h_current, adj_14, adj_18, adj_43);
    wp::adj_address(var_h_current, var_5, var_18, adj_h_current, adj_5, adj_18, adj_42);
    // adj: corners = h_current[im, jm] + h_current[ip, jm] + h_current[im, jp] + h_current[ip, jp]  <L 53>
    wp::adj_add(var_37, var_41, adj_37, adj_39, adj_40);
    wp::adj_address(var_h_current, var_0, var_27, adj_h_current, adj_0, adj_27, adj_39);
    wp::adj_add(var_33, var_38, adj_33, adj_36, adj_37);
    wp::adj_address(var_h_current, var_0, var_18, adj_h_current, adj_0, adj_18, adj_36);
    wp::adj_add(var_34, var_35, adj_31, adj_32, adj_33);
    wp::adj_address(var_h_current, var_14, var_1, adj_h_current, adj_14, adj_1, adj_32);
    wp::adj_address(var_h_current, var_5, var_1, adj_h_current, adj_5, adj_1, adj_31);
    // adj: edges = h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp]  <L 52>
    wp::adj_copy(var_30, adj_28, adj_29);
    wp::adj_address(var_h_current, var_0, var_1, adj_h_current, adj_0, adj_1, adj_28);
    // adj: h1 = h_current[i, j]                                                              <L 51>
    wp::adj_min(var_20, var_26, adj_20, adj_26, adj_27);
    wp::adj_sub(var_23, var_25, adj_23, adj_25, adj_26);
    adj_h_current.shape = adj_21;
    wp::adj_add(var_1, var_19, adj_1, adj_19, adj_20);
    // adj: jp = wp.min(j + 1, h_current.shape[1] - 1)                                        <L 50>
    wp::adj_max(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
    // adj: jm = wp.max(j - 1, 0)                                                             <L 49>
    wp::adj_min(var_7, var_13, adj_7, adj_13, adj_14);
    wp::adj_sub(var_10, var_12, adj_10, adj_12, adj_13);
    adj_h_current.shape = adj_8;
    wp::adj_add(var_0, var_6, adj_0, adj_6, adj_7);
    // adj: ip = wp.min(i + 1, h_current.shape[0] - 1)                                        <L 48>
    wp::adj_max(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_sub(var_0, var_2, adj_0, adj_2, adj_3);
    // adj: im = wp.max(i - 1, 0)                                                             <L 47>
    // adj: i, j = wp.tid()                                                                   <L 46>
    // adj: def wave_step(                                                                    <L 37>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void wave_step_aa4b8f37_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_wave_step_aa4b8f37 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        wave_step_aa4b8f37_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void wave_step_aa4b8f37_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_wave_step_aa4b8f37 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    wave_step_aa4b8f37_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void wave_step_aa4b8f37_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_wave_step_aa4b8f37 *_wp_args)
{
    wave_step_aa4b8f37_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void wave_step_aa4b8f37_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_wave_step_aa4b8f37 *_wp_args,
    wp_args_wave_step_aa4b8f37 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        wave_step_aa4b8f37_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void wave_step_aa4b8f37_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_wave_step_aa4b8f37 *_wp_args,
    wp_args_wave_step_aa4b8f37 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    wave_step_aa4b8f37_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void wave_step_aa4b8f37_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_wave_step_aa4b8f37 *_wp_args,
    wp_args_wave_step_aa4b8f37 *_wp_adj_args)
{
    wave_step_aa4b8f37_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

