// Warp 1.19.0 cpu code for apply_forces_63510a35.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_apply_forces_76f206dc {
    wp::array_t<wp::float32> body_inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> velocity;
    wp::array_t<wp::float32> temp;
    wp::array_t<wp::float32> density;
    wp::float32 lift;
    wp::vec_t<2, wp::float32> gravity;
    wp::float32 time_step;
    wp::array_t<wp::vec_t<2, wp::float32>> velocity_out;
};


template <bool wp_linear_contiguous>
static void apply_forces_76f206dc_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_forces_76f206dc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_body_inv_mass = _wp_args->body_inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::float32 var_lift = _wp_args->lift;
    wp::vec_t<2, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out = _wp_args->velocity_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 0.0;
    bool var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32>* var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    //---------
    // forward
    // def apply_forces(                                                                      <L 5>
    // i, j = wp.tid()                                                                        <L 15>
    builtin_tid2d(var_0, var_1);
    // if body_inv_mass[i, j] == 0.0:                                                         <L 17>
    var_2 = wp::address(var_body_inv_mass, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 18>
        return;
    }
    // u = velocity[i, j]                                                                     <L 19>
    var_6 = wp::address(var_velocity, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // t_cell = temp[i, j]                                                                    <L 20>
    var_9 = wp::address(var_temp, var_0, var_1);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // rho = density[i, j]                                                                    <L 21>
    var_12 = wp::address(var_density, var_0, var_1);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // rise = lift * t_cell                                                                   <L 22>
    var_15 = wp::mul(var_lift, var_10);
    // f_b = gravity * (rho - rise)                                                           <L 23>
    var_16 = wp::sub(var_13, var_15);
    var_17 = wp::mul(var_gravity, var_16);
    // velocity_out[i, j] = u + time_step * f_b                                               <L 24>
    var_18 = wp::mul(var_time_step, var_17);
    var_19 = wp::add(var_7, var_18);
    wp::array_store(var_velocity_out, var_0, var_1, var_19);
}



template <bool wp_linear_contiguous>
static void apply_forces_76f206dc_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_forces_76f206dc *_wp_args,
    wp_args_apply_forces_76f206dc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_body_inv_mass = _wp_args->body_inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::float32 var_lift = _wp_args->lift;
    wp::vec_t<2, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out = _wp_args->velocity_out;
    wp::array_t<wp::float32> adj_body_inv_mass = _wp_adj_args->body_inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity = _wp_adj_args->velocity;
    wp::array_t<wp::float32> adj_temp = _wp_adj_args->temp;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    wp::float32 adj_lift = _wp_adj_args->lift;
    wp::vec_t<2, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out = _wp_adj_args->velocity_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 0.0;
    bool var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32>* var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    //---------
    // forward
    // def apply_forces(                                                                      <L 5>
    // i, j = wp.tid()                                                                        <L 15>
    builtin_tid2d(var_0, var_1);
    // if body_inv_mass[i, j] == 0.0:                                                         <L 17>
    var_2 = wp::address(var_body_inv_mass, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 18>
        goto label0;
    }
    // u = velocity[i, j]                                                                     <L 19>
    var_6 = wp::address(var_velocity, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // t_cell = temp[i, j]                                                                    <L 20>
    var_9 = wp::address(var_temp, var_0, var_1);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // rho = density[i, j]                                                                    <L 21>
    var_12 = wp::address(var_density, var_0, var_1);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // rise = lift * t_cell                                                                   <L 22>
    var_15 = wp::mul(var_lift, var_10);
    // f_b = gravity * (rho - rise)                                                           <L 23>
    var_16 = wp::sub(var_13, var_15);
    var_17 = wp::mul(var_gravity, var_16);
    // velocity_out[i, j] = u + time_step * f_b                                               <L 24>
    var_18 = wp::mul(var_time_step, var_17);
    var_19 = wp::add(var_7, var_18);
    // wp::array_store(var_velocity_out, var_0, var_1, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_velocity_out, var_0, var_1, var_19, adj_velocity_out, adj_0, adj_1, adj_19);
    wp::adj_add(var_7, var_18, adj_7, adj_18, adj_19);
    wp::adj_mul(var_time_step, var_17, adj_time_step, adj_17, adj_18);
    // adj: velocity_out[i, j] = u + time_step * f_b                                          <L 24>
    wp::adj_mul(var_gravity, var_16, adj_gravity, adj_16, adj_17);
    wp::adj_sub(var_13, var_15, adj_13, adj_15, adj_16);
    // adj: f_b = gravity * (rho - rise)                                                      <L 23>
    wp::adj_mul(var_lift, var_10, adj_lift, adj_10, adj_15);
    // adj: rise = lift * t_cell                                                              <L 22>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_12);
    // adj: rho = density[i, j]                                                               <L 21>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_temp, var_0, var_1, adj_temp, adj_0, adj_1, adj_9);
    // adj: t_cell = temp[i, j]                                                               <L 20>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_velocity, var_0, var_1, adj_velocity, adj_0, adj_1, adj_6);
    // adj: u = velocity[i, j]                                                                <L 19>
    if (var_4) {
        label0:;
        // adj: return                                                                        <L 18>
    }
    wp::adj_address(var_body_inv_mass, var_0, var_1, adj_body_inv_mass, adj_0, adj_1, adj_2);
    // adj: if body_inv_mass[i, j] == 0.0:                                                    <L 17>
    // adj: i, j = wp.tid()                                                                   <L 15>
    // adj: def apply_forces(                                                                 <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_forces_76f206dc_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_forces_76f206dc *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_forces_76f206dc_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_forces_76f206dc_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_forces_76f206dc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_forces_76f206dc_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_forces_76f206dc_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_forces_76f206dc *_wp_args)
{
    apply_forces_76f206dc_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_forces_76f206dc_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_forces_76f206dc *_wp_args,
    wp_args_apply_forces_76f206dc *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_forces_76f206dc_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_forces_76f206dc_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_forces_76f206dc *_wp_args,
    wp_args_apply_forces_76f206dc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_forces_76f206dc_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_forces_76f206dc_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_forces_76f206dc *_wp_args,
    wp_args_apply_forces_76f206dc *_wp_adj_args)
{
    apply_forces_76f206dc_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

