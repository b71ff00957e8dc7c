// Warp 1.19.0 cpu code for update_e_7997a5f5.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_update_e_37374f9b {
    wp::array_t<wp::float32> hx;
    wp::array_t<wp::float32> h_y;
    wp::array_t<wp::int32> timestep_counter;
    wp::float32 dt_dx;
    wp::float32 loss;
    wp::int32 src_i;
    wp::int32 source_j;
    wp::float32 amplitude;
    wp::float32 omega;
    wp::float32 time_step;
    wp::array_t<wp::float32> e_z;
};


template <bool wp_linear_contiguous>
static void update_e_37374f9b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_update_e_37374f9b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hx = _wp_args->hx;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::array_t<wp::int32> var_timestep_counter = _wp_args->timestep_counter;
    wp::float32 var_dt_dx = _wp_args->dt_dx;
    wp::float32 var_loss = _wp_args->loss;
    wp::int32 var_src_i = _wp_args->src_i;
    wp::int32 var_source_j = _wp_args->source_j;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    wp::int32* var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    bool var_32;
    bool var_33;
    bool var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // forward
    // def update_e(                                                                          <L 5>
    // i, j = wp.tid()                                                                        <L 19>
    builtin_tid2d(var_0, var_1);
    // if i == 0 or j == 0:                                                                   <L 20>
    var_4 = (var_0 == var_3);
    var_2 = var_4;
    if (!var_2) {
        var_6 = (var_1 == var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return                                                                             <L 21>
        return;
    }
    // t = float(timestep_counter[0]) * time_step                                             <L 22>
    var_8 = wp::address(var_timestep_counter, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::float(var_10);
    var_11 = wp::mul(var_9, var_time_step);
    // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                         <L 23>
    var_12 = wp::address(var_h_y, var_0, var_1);
    var_14 = wp::sub(var_0, var_13);
    var_15 = wp::address(var_h_y, var_14, var_1);
    var_17 = wp::load(var_12);
    var_18 = wp::load(var_15);
    var_16 = wp::sub(var_17, var_18);
    var_19 = wp::address(var_hx, var_0, var_1);
    var_21 = wp::sub(var_1, var_20);
    var_22 = wp::address(var_hx, var_0, var_21);
    var_24 = wp::load(var_19);
    var_25 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_25);
    var_26 = wp::sub(var_16, var_23);
    // e = loss * e_z[i, j] + dt_dx * curl                                                    <L 24>
    var_27 = wp::address(var_e_z, var_0, var_1);
    var_29 = wp::load(var_27);
    var_28 = wp::mul(var_loss, var_29);
    var_30 = wp::mul(var_dt_dx, var_26);
    var_31 = wp::add(var_28, var_30);
    // if i == src_i and j == source_j:                                                       <L 25>
    var_33 = (var_0 == var_src_i);
    var_32 = var_33;
    if (var_32) {
        var_34 = (var_1 == var_source_j);
        var_32 = var_32 && var_34;
    }
    if (var_32) {
        // s = amplitude * wp.sin(omega * t)                                                  <L 26>
        var_35 = wp::mul(var_omega, var_11);
        var_36 = wp::sin(var_35);
        var_37 = wp::mul(var_amplitude, var_36);
        // e = s                                                                              <L 27>
        var_38 = wp::copy(var_37);
    }
    var_39 = wp::where(var_32, var_38, var_31);
    // e_z[i, j] = e                                                                          <L 28>
    wp::array_store(var_e_z, var_0, var_1, var_39);
}



template <bool wp_linear_contiguous>
static void update_e_37374f9b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_update_e_37374f9b *_wp_args,
    wp_args_update_e_37374f9b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hx = _wp_args->hx;
    wp::array_t<wp::float32> var_h_y = _wp_args->h_y;
    wp::array_t<wp::int32> var_timestep_counter = _wp_args->timestep_counter;
    wp::float32 var_dt_dx = _wp_args->dt_dx;
    wp::float32 var_loss = _wp_args->loss;
    wp::int32 var_src_i = _wp_args->src_i;
    wp::int32 var_source_j = _wp_args->source_j;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::array_t<wp::float32> adj_hx = _wp_adj_args->hx;
    wp::array_t<wp::float32> adj_h_y = _wp_adj_args->h_y;
    wp::array_t<wp::int32> adj_timestep_counter = _wp_adj_args->timestep_counter;
    wp::float32 adj_dt_dx = _wp_adj_args->dt_dx;
    wp::float32 adj_loss = _wp_adj_args->loss;
    wp::int32 adj_src_i = _wp_adj_args->src_i;
    wp::int32 adj_source_j = _wp_adj_args->source_j;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::array_t<wp::float32> adj_e_z = _wp_adj_args->e_z;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    wp::int32* var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    bool var_32;
    bool var_33;
    bool var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    bool adj_33 = {};
    bool adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    //---------
    // forward
    // def update_e(                                                                          <L 5>
    // i, j = wp.tid()                                                                        <L 19>
    builtin_tid2d(var_0, var_1);
    // if i == 0 or j == 0:                                                                   <L 20>
    var_4 = (var_0 == var_3);
    var_2 = var_4;
    if (!var_2) {
        var_6 = (var_1 == var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return                                                                             <L 21>
        goto label0;
    }
    // t = float(timestep_counter[0]) * time_step                                             <L 22>
    var_8 = wp::address(var_timestep_counter, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::float(var_10);
    var_11 = wp::mul(var_9, var_time_step);
    // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                         <L 23>
    var_12 = wp::address(var_h_y, var_0, var_1);
    var_14 = wp::sub(var_0, var_13);
    var_15 = wp::address(var_h_y, var_14, var_1);
    var_17 = wp::load(var_12);
    var_18 = wp::load(var_15);
    var_16 = wp::sub(var_17, var_18);
    var_19 = wp::address(var_hx, var_0, var_1);
    var_21 = wp::sub(var_1, var_20);
    var_22 = wp::address(var_hx, var_0, var_21);
    var_24 = wp::load(var_19);
    var_25 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_25);
    var_26 = wp::sub(var_16, var_23);
    // e = loss * e_z[i, j] + dt_dx * curl                                                    <L 24>
    var_27 = wp::address(var_e_z, var_0, var_1);
    var_29 = wp::load(var_27);
    var_28 = wp::mul(var_loss, var_29);
    var_30 = wp::mul(var_dt_dx, var_26);
    var_31 = wp::add(var_28, var_30);
    // if i == src_i and j == source_j:                                                       <L 25>
    var_33 = (var_0 == var_src_i);
    var_32 = var_33;
    if (var_32) {
        var_34 = (var_1 == var_source_j);
        var_32 = var_32 && var_34;
    }
    if (var_32) {
        // s = amplitude * wp.sin(omega * t)                                                  <L 26>
        var_35 = wp::mul(var_omega, var_11);
        var_36 = wp::sin(var_35);
        var_37 = wp::mul(var_amplitude, var_36);
        // e = s                                                                              <L 27>
        var_38 = wp::copy(var_37);
    }
    var_39 = wp::where(var_32, var_38, var_31);
    // e_z[i, j] = e                                                                          <L 28>
    // wp::array_store(var_e_z, var_0, var_1, var_39);
    //---------
    // reverse
    wp::adj_array_store(var_e_z, var_0, var_1, var_39, adj_e_z, adj_0, adj_1, adj_39);
    // adj: e_z[i, j] = e                                                                     <L 28>
    wp::adj_where(var_32, var_38, var_31, adj_32, adj_38, adj_31, adj_39);
    if (var_32) {
        wp::adj_copy(var_37, adj_37, adj_38);
        // adj: e = s                                                                         <L 27>
        wp::adj_mul(var_amplitude, var_36, adj_amplitude, adj_36, adj_37);
        wp::adj_sin(var_35, adj_35, adj_36);
        wp::adj_mul(var_omega, var_11, adj_omega, adj_11, adj_35);
        // adj: s = amplitude * wp.sin(omega * t)                                             <L 26>
    }
    if (var_32) {
    }
    // adj: if i == src_i and j == source_j:                                                  <L 25>
    wp::adj_add(var_28, var_30, adj_28, adj_30, adj_31);
    wp::adj_mul(var_dt_dx, var_26, adj_dt_dx, adj_26, adj_30);
    wp::adj_mul(var_loss, var_29, adj_loss, adj_27, adj_28);
    wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_27);
    // adj: e = loss * e_z[i, j] + dt_dx * curl                                               <L 24>
    wp::adj_sub(var_16, var_23, adj_16, adj_23, adj_26);
    wp::adj_sub(var_24, var_25, adj_19, adj_22, adj_23);
    wp::adj_address(var_hx, var_0, var_21, adj_hx, adj_0, adj_21, adj_22);
    wp::adj_sub(var_1, var_20, adj_1, adj_20, adj_21);
    wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_19);
    wp::adj_sub(var_17, var_18, adj_12, adj_15, adj_16);
    wp::adj_address(var_h_y, var_14, var_1, adj_h_y, adj_14, adj_1, adj_15);
    wp::adj_sub(var_0, var_13, adj_0, adj_13, adj_14);
    wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_12);
    // adj: curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                    <L 23>
    wp::adj_mul(var_9, var_time_step, adj_9, adj_time_step, adj_11);
    wp::adj_float(var_10, adj_8, adj_9);
    wp::adj_address(var_timestep_counter, var_7, adj_timestep_counter, adj_7, adj_8);
    // adj: t = float(timestep_counter[0]) * time_step                                        <L 22>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 21>
    }
    if (!var_2) {
    }
    // adj: if i == 0 or j == 0:                                                              <L 20>
    // adj: i, j = wp.tid()                                                                   <L 19>
    // adj: def update_e(                                                                     <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_e_37374f9b_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_e_37374f9b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_e_37374f9b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_e_37374f9b_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_e_37374f9b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_e_37374f9b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_e_37374f9b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_e_37374f9b *_wp_args)
{
    update_e_37374f9b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_e_37374f9b_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_e_37374f9b *_wp_args,
    wp_args_update_e_37374f9b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_e_37374f9b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_e_37374f9b_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_e_37374f9b *_wp_args,
    wp_args_update_e_37374f9b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_e_37374f9b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_e_37374f9b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_e_37374f9b *_wp_args,
    wp_args_update_e_37374f9b *_wp_adj_args)
{
    update_e_37374f9b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

