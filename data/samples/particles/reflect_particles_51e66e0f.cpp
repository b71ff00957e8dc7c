// Warp 1.19.0 cpu code for reflect_particles_51e66e0f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// reflect_particles.py:27
static wp::vec_t<3, wp::float32> hooke_force_0(
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> var_anchor,
    wp::vec_t<3, wp::float32> var_x)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                                <L 28>
    // return k * (anchor - x)                                                                <L 29>
    var_0 = wp::sub(var_anchor, var_x);
    var_1 = wp::mul(var_k, var_0);
    return var_1;
}


// reflect_particles.py:27
static void adj_hooke_force_0(
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> var_anchor,
    wp::vec_t<3, wp::float32> var_x,
    wp::float32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_anchor,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                                <L 28>
    // return k * (anchor - x)                                                                <L 29>
    var_0 = wp::sub(var_anchor, var_x);
    var_1 = wp::mul(var_k, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_k, var_0, adj_k, adj_0, adj_1);
    wp::adj_sub(var_anchor, var_x, adj_anchor, adj_x, adj_0);
    // adj: return k * (anchor - x)                                                           <L 29>
    // adj: def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                           <L 28>
    return;
}

struct wp_args_actuate_particles_1079545d {
    wp::array_t<wp::int32> is_driven;
    wp::array_t<wp::vec_t<3, wp::float32>> x_rest;
    wp::array_t<wp::float32> phi;
    wp::vec_t<3, wp::float32> axis;
    wp::float32 mag;
    wp::float32 angular_freq;
    wp::float32 t;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
};


template <bool wp_linear_contiguous>
static void actuate_particles_1079545d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_actuate_particles_1079545d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_actuate_particles_1079545d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.is_driven.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x_rest.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.phi.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_is_driven = _wp_args->is_driven;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_rest = _wp_args->x_rest;
    wp::array_t<wp::float32> var_phi = _wp_args->phi;
    wp::vec_t<3, wp::float32> var_axis = _wp_args->axis;
    wp::float32 var_mag = _wp_args->mag;
    wp::float32 var_angular_freq = _wp_args->angular_freq;
    wp::float32 var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def actuate_particles(                                                                 <L 70>
    // tid = wp.tid()                                                                         <L 80>
    var_0 = builtin_tid1d();
    // if is_driven[tid] == 0:                                                                <L 81>
    var_1 = wp::address(var_is_driven, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 82>
        return;
    }
    // theta = phi[tid]                                                                       <L 83>
    var_5 = wp::address(var_phi, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // arg = angular_freq * t + theta                                                         <L 84>
    var_8 = wp::mul(var_angular_freq, var_t);
    var_9 = wp::add(var_8, var_6);
    // positions[tid] = x_rest[tid] + axis * (mag * wp.sin(arg))                              <L 85>
    var_10 = wp::address(var_x_rest, var_0);
    var_11 = wp::sin(var_9);
    var_12 = wp::mul(var_mag, var_11);
    var_13 = wp::mul(var_axis, var_12);
    var_15 = wp::load(var_10);
    var_14 = wp::add(var_15, var_13);
    wp::array_store(var_positions, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void actuate_particles_1079545d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_actuate_particles_1079545d *_wp_args,
    wp_args_actuate_particles_1079545d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_actuate_particles_1079545d wp_contiguous_args;
    wp_args_actuate_particles_1079545d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.is_driven.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.is_driven.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x_rest.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x_rest.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.phi.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phi.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_is_driven = _wp_args->is_driven;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_rest = _wp_args->x_rest;
    wp::array_t<wp::float32> var_phi = _wp_args->phi;
    wp::vec_t<3, wp::float32> var_axis = _wp_args->axis;
    wp::float32 var_mag = _wp_args->mag;
    wp::float32 var_angular_freq = _wp_args->angular_freq;
    wp::float32 var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> adj_is_driven = _wp_adj_args->is_driven;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_rest = _wp_adj_args->x_rest;
    wp::array_t<wp::float32> adj_phi = _wp_adj_args->phi;
    wp::vec_t<3, wp::float32> adj_axis = _wp_adj_args->axis;
    wp::float32 adj_mag = _wp_adj_args->mag;
    wp::float32 adj_angular_freq = _wp_adj_args->angular_freq;
    wp::float32 adj_t = _wp_adj_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def actuate_particles(                                                                 <L 70>
    // tid = wp.tid()                                                                         <L 80>
    var_0 = builtin_tid1d();
    // if is_driven[tid] == 0:                                                                <L 81>
    var_1 = wp::address(var_is_driven, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 82>
        goto label0;
    }
    // theta = phi[tid]                                                                       <L 83>
    var_5 = wp::address(var_phi, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // arg = angular_freq * t + theta                                                         <L 84>
    var_8 = wp::mul(var_angular_freq, var_t);
    var_9 = wp::add(var_8, var_6);
    // positions[tid] = x_rest[tid] + axis * (mag * wp.sin(arg))                              <L 85>
    var_10 = wp::address(var_x_rest, var_0);
    var_11 = wp::sin(var_9);
    var_12 = wp::mul(var_mag, var_11);
    var_13 = wp::mul(var_axis, var_12);
    var_15 = wp::load(var_10);
    var_14 = wp::add(var_15, var_13);
    // wp::array_store(var_positions, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_positions, var_0, var_14, adj_positions, adj_0, adj_14);
    wp::adj_add(var_15, var_13, adj_10, adj_13, adj_14);
    wp::adj_mul(var_axis, var_12, adj_axis, adj_12, adj_13);
    wp::adj_mul(var_mag, var_11, adj_mag, adj_11, adj_12);
    wp::adj_sin(var_9, adj_9, adj_11);
    wp::adj_address(var_x_rest, var_0, adj_x_rest, adj_0, adj_10);
    // adj: positions[tid] = x_rest[tid] + axis * (mag * wp.sin(arg))                         <L 85>
    wp::adj_add(var_8, var_6, adj_8, adj_6, adj_9);
    wp::adj_mul(var_angular_freq, var_t, adj_angular_freq, adj_t, adj_8);
    // adj: arg = angular_freq * t + theta                                                    <L 84>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_phi, var_0, adj_phi, adj_0, adj_5);
    // adj: theta = phi[tid]                                                                  <L 83>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 82>
    }
    wp::adj_address(var_is_driven, var_0, adj_is_driven, adj_0, adj_1);
    // adj: if is_driven[tid] == 0:                                                           <L 81>
    // adj: tid = wp.tid()                                                                    <L 80>
    // adj: def actuate_particles(                                                            <L 70>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void actuate_particles_1079545d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuate_particles_1079545d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        actuate_particles_1079545d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void actuate_particles_1079545d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuate_particles_1079545d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->is_driven.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x_rest.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->phi.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        actuate_particles_1079545d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        actuate_particles_1079545d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void actuate_particles_1079545d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuate_particles_1079545d *_wp_args)
{
    actuate_particles_1079545d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void actuate_particles_1079545d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuate_particles_1079545d *_wp_args,
    wp_args_actuate_particles_1079545d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        actuate_particles_1079545d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void actuate_particles_1079545d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuate_particles_1079545d *_wp_args,
    wp_args_actuate_particles_1079545d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->is_driven.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->is_driven.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x_rest.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x_rest.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->phi.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phi.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        actuate_particles_1079545d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        actuate_particles_1079545d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void actuate_particles_1079545d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuate_particles_1079545d *_wp_args,
    wp_args_actuate_particles_1079545d *_wp_adj_args)
{
    actuate_particles_1079545d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_update_velocities_2af54f46 {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> spring_stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> targets;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> particle_mass;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v_new;
};


template <bool wp_linear_contiguous>
static void update_velocities_2af54f46_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_velocities_2af54f46 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_velocities_2af54f46 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.spring_stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.targets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_v_new.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets = _wp_args->targets;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v_new = _wp_args->particle_v_new;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // forward
    // def update_velocities(                                                                 <L 33>
    // tid = wp.tid()                                                                         <L 42>
    var_0 = builtin_tid1d();
    // v = particle_v[tid]                                                                    <L 43>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // k = spring_stiffness[tid]                                                              <L 44>
    var_4 = wp::address(var_spring_stiffness, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // anchor = targets[tid]                                                                  <L 45>
    var_7 = wp::address(var_targets, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // x = positions[tid]                                                                     <L 46>
    var_10 = wp::address(var_positions, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // f = hooke_force(k, anchor, x)                                                          <L 47>
    var_13 = hooke_force_0(var_5, var_8, var_11);
    // mass = particle_mass[tid]                                                              <L 48>
    var_14 = wp::address(var_particle_mass, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // inv_mass = 1.0 / mass                                                                  <L 49>
    var_18 = wp::div(var_17, var_15);
    // particle_v_new[tid] = v + f * (inv_mass * delta_time)                                  <L 50>
    var_19 = wp::mul(var_18, var_delta_time);
    var_20 = wp::mul(var_13, var_19);
    var_21 = wp::add(var_2, var_20);
    wp::array_store(var_particle_v_new, var_0, var_21);
}



template <bool wp_linear_contiguous>
static void update_velocities_2af54f46_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_velocities_2af54f46 *_wp_args,
    wp_args_update_velocities_2af54f46 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_velocities_2af54f46 wp_contiguous_args;
    wp_args_update_velocities_2af54f46 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.spring_stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.spring_stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.targets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.targets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_v_new.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v_new.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets = _wp_args->targets;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v_new = _wp_args->particle_v_new;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_spring_stiffness = _wp_adj_args->spring_stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_targets = _wp_adj_args->targets;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_particle_mass = _wp_adj_args->particle_mass;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v_new = _wp_adj_args->particle_v_new;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def update_velocities(                                                                 <L 33>
    // tid = wp.tid()                                                                         <L 42>
    var_0 = builtin_tid1d();
    // v = particle_v[tid]                                                                    <L 43>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // k = spring_stiffness[tid]                                                              <L 44>
    var_4 = wp::address(var_spring_stiffness, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // anchor = targets[tid]                                                                  <L 45>
    var_7 = wp::address(var_targets, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // x = positions[tid]                                                                     <L 46>
    var_10 = wp::address(var_positions, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // f = hooke_force(k, anchor, x)                                                          <L 47>
    var_13 = hooke_force_0(var_5, var_8, var_11);
    // mass = particle_mass[tid]                                                              <L 48>
    var_14 = wp::address(var_particle_mass, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // inv_mass = 1.0 / mass                                                                  <L 49>
    var_18 = wp::div(var_17, var_15);
    // particle_v_new[tid] = v + f * (inv_mass * delta_time)                                  <L 50>
    var_19 = wp::mul(var_18, var_delta_time);
    var_20 = wp::mul(var_13, var_19);
    var_21 = wp::add(var_2, var_20);
    // wp::array_store(var_particle_v_new, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_particle_v_new, var_0, var_21, adj_particle_v_new, adj_0, adj_21);
    wp::adj_add(var_2, var_20, adj_2, adj_20, adj_21);
    wp::adj_mul(var_13, var_19, adj_13, adj_19, adj_20);
    wp::adj_mul(var_18, var_delta_time, adj_18, adj_delta_time, adj_19);
    // adj: particle_v_new[tid] = v + f * (inv_mass * delta_time)                             <L 50>
    wp::adj_div(var_17, var_15, var_18, adj_17, adj_15, adj_18);
    // adj: inv_mass = 1.0 / mass                                                             <L 49>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_particle_mass, var_0, adj_particle_mass, adj_0, adj_14);
    // adj: mass = particle_mass[tid]                                                         <L 48>
    adj_hooke_force_0(var_5, var_8, var_11, adj_5, adj_8, adj_11, adj_13);
    // adj: f = hooke_force(k, anchor, x)                                                     <L 47>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_10);
    // adj: x = positions[tid]                                                                <L 46>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_7);
    // adj: anchor = targets[tid]                                                             <L 45>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_4);
    // adj: k = spring_stiffness[tid]                                                         <L 44>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_1);
    // adj: v = particle_v[tid]                                                               <L 43>
    // adj: tid = wp.tid()                                                                    <L 42>
    // adj: def update_velocities(                                                            <L 33>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_velocities_2af54f46_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_velocities_2af54f46 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_velocities_2af54f46_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_velocities_2af54f46_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_velocities_2af54f46 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->spring_stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->targets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_v_new.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        update_velocities_2af54f46_cpu_forward_tasks<true>(dim, _wp_args);
    else
        update_velocities_2af54f46_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_velocities_2af54f46_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_velocities_2af54f46 *_wp_args)
{
    update_velocities_2af54f46_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_velocities_2af54f46_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_velocities_2af54f46 *_wp_args,
    wp_args_update_velocities_2af54f46 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_velocities_2af54f46_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_velocities_2af54f46_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_velocities_2af54f46 *_wp_args,
    wp_args_update_velocities_2af54f46 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->spring_stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->spring_stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->targets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->targets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_v_new.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v_new.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        update_velocities_2af54f46_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        update_velocities_2af54f46_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_velocities_2af54f46_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_velocities_2af54f46 *_wp_args,
    wp_args_update_velocities_2af54f46 *_wp_adj_args)
{
    update_velocities_2af54f46_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_integrate_velocities_4599b39a {
    wp::float32 delta_time;
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::float32> particle_inv_mass;
};


template <bool wp_linear_contiguous>
static void integrate_velocities_4599b39a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_velocities_4599b39a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_velocities_4599b39a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // forward
    // def integrate_velocities(                                                              <L 54>
    // tid = wp.tid()                                                                         <L 62>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0] or particle_flags[tid] == 0:                                   <L 63>
    var_3 = wp::address(var_item_count, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_particle_flags, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 64>
        return;
    }
    // inv_m = particle_inv_mass[tid]                                                         <L 65>
    var_10 = wp::address(var_particle_inv_mass, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // particle_v[tid] = particle_v[tid] + particle_f[tid] * inv_m * delta_time               <L 66>
    var_13 = wp::address(var_particle_v, var_0);
    var_14 = wp::address(var_particle_f, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_16, var_11);
    var_17 = wp::mul(var_15, var_delta_time);
    var_19 = wp::load(var_13);
    var_18 = wp::add(var_19, var_17);
    wp::array_store(var_particle_v, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void integrate_velocities_4599b39a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_velocities_4599b39a *_wp_args,
    wp_args_integrate_velocities_4599b39a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_velocities_4599b39a wp_contiguous_args;
    wp_args_integrate_velocities_4599b39a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    //---------
    // forward
    // def integrate_velocities(                                                              <L 54>
    // tid = wp.tid()                                                                         <L 62>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0] or particle_flags[tid] == 0:                                   <L 63>
    var_3 = wp::address(var_item_count, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_particle_flags, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 64>
        goto label0;
    }
    // inv_m = particle_inv_mass[tid]                                                         <L 65>
    var_10 = wp::address(var_particle_inv_mass, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // particle_v[tid] = particle_v[tid] + particle_f[tid] * inv_m * delta_time               <L 66>
    var_13 = wp::address(var_particle_v, var_0);
    var_14 = wp::address(var_particle_f, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_16, var_11);
    var_17 = wp::mul(var_15, var_delta_time);
    var_19 = wp::load(var_13);
    var_18 = wp::add(var_19, var_17);
    // wp::array_store(var_particle_v, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_particle_v, var_0, var_18, adj_particle_v, adj_0, adj_18);
    wp::adj_add(var_19, var_17, adj_13, adj_17, adj_18);
    wp::adj_mul(var_15, var_delta_time, adj_15, adj_delta_time, adj_17);
    wp::adj_mul(var_16, var_11, adj_14, adj_11, adj_15);
    wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_14);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_13);
    // adj: particle_v[tid] = particle_v[tid] + particle_f[tid] * inv_m * delta_time          <L 66>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_10);
    // adj: inv_m = particle_inv_mass[tid]                                                    <L 65>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 64>
    }
    if (!var_1) {
        wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_6);
    }
    wp::adj_address(var_item_count, var_2, adj_item_count, adj_2, adj_3);
    // adj: if tid >= item_count[0] or particle_flags[tid] == 0:                              <L 63>
    // adj: tid = wp.tid()                                                                    <L 62>
    // adj: def integrate_velocities(                                                         <L 54>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_velocities_4599b39a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_4599b39a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_velocities_4599b39a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void integrate_velocities_4599b39a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_4599b39a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        integrate_velocities_4599b39a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        integrate_velocities_4599b39a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_velocities_4599b39a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_4599b39a *_wp_args)
{
    integrate_velocities_4599b39a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_velocities_4599b39a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_4599b39a *_wp_args,
    wp_args_integrate_velocities_4599b39a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_velocities_4599b39a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void integrate_velocities_4599b39a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_4599b39a *_wp_args,
    wp_args_integrate_velocities_4599b39a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        integrate_velocities_4599b39a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        integrate_velocities_4599b39a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void integrate_velocities_4599b39a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_4599b39a *_wp_args,
    wp_args_integrate_velocities_4599b39a *_wp_adj_args)
{
    integrate_velocities_4599b39a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_reflect_particles_eda2010b {
    wp::float32 y_min;
    wp::float32 restitution;
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
};


template <bool wp_linear_contiguous>
static void reflect_particles_eda2010b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reflect_particles_eda2010b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reflect_particles_eda2010b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::float32 var_y_min = _wp_args->y_min;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    //---------
    // forward
    // def reflect_particles(                                                                 <L 8>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 16>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 17>
        return;
    }
    // x = particle_x[tid]                                                                    <L 18>
    var_5 = wp::address(var_particle_x, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = particle_v[tid]                                                                    <L 19>
    var_8 = wp::address(var_particle_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if x[1] < y_min:                                                                       <L 20>
    var_12 = wp::extract(var_6, var_11);
    var_13 = (var_12 < var_y_min);
    if (var_13) {
        // x[1] = y_min                                                                       <L 21>
        wp::assign_inplace(var_6, var_14, var_y_min);
        // v[1] = -v[1] * restitution                                                         <L 22>
        var_16 = wp::extract(var_9, var_15);
        var_17 = wp::neg(var_16);
        var_18 = wp::mul(var_17, var_restitution);
        wp::assign_inplace(var_9, var_19, var_18);
    }
    // particle_x[tid] = x                                                                    <L 23>
    wp::array_store(var_particle_x, var_0, var_6);
    // particle_v[tid] = v                                                                    <L 24>
    wp::array_store(var_particle_v, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void reflect_particles_eda2010b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reflect_particles_eda2010b *_wp_args,
    wp_args_reflect_particles_eda2010b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reflect_particles_eda2010b wp_contiguous_args;
    wp_args_reflect_particles_eda2010b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::float32 var_y_min = _wp_args->y_min;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 adj_y_min = _wp_adj_args->y_min;
    wp::float32 adj_restitution = _wp_adj_args->restitution;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def reflect_particles(                                                                 <L 8>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 16>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 17>
        goto label0;
    }
    // x = particle_x[tid]                                                                    <L 18>
    var_5 = wp::address(var_particle_x, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = particle_v[tid]                                                                    <L 19>
    var_8 = wp::address(var_particle_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if x[1] < y_min:                                                                       <L 20>
    var_12 = wp::extract(var_6, var_11);
    var_13 = (var_12 < var_y_min);
    if (var_13) {
        // x[1] = y_min                                                                       <L 21>
        wp::assign_inplace(var_6, var_14, var_y_min);
        // v[1] = -v[1] * restitution                                                         <L 22>
        var_16 = wp::extract(var_9, var_15);
        var_17 = wp::neg(var_16);
        var_18 = wp::mul(var_17, var_restitution);
        wp::assign_inplace(var_9, var_19, var_18);
    }
    // particle_x[tid] = x                                                                    <L 23>
    // wp::array_store(var_particle_x, var_0, var_6);
    // particle_v[tid] = v                                                                    <L 24>
    // wp::array_store(var_particle_v, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_particle_v, var_0, var_9, adj_particle_v, adj_0, adj_9);
    // adj: particle_v[tid] = v                                                               <L 24>
    wp::adj_array_store(var_particle_x, var_0, var_6, adj_particle_x, adj_0, adj_6);
    // adj: particle_x[tid] = x                                                               <L 23>
    if (var_13) {
        wp::adj_assign_inplace(var_9, var_19, var_18, adj_9, adj_19, adj_18);
        wp::adj_mul(var_17, var_restitution, adj_17, adj_restitution, adj_18);
        wp::adj_neg(var_16, adj_16, adj_17);
        wp::adj_extract(var_9, var_15, adj_9, adj_15, adj_16);
        // adj: v[1] = -v[1] * restitution                                                    <L 22>
        wp::adj_assign_inplace(var_6, var_14, var_y_min, adj_6, adj_14, adj_y_min);
        // adj: x[1] = y_min                                                                  <L 21>
    }
    wp::adj_extract(var_6, var_11, adj_6, adj_11, adj_12);
    // adj: if x[1] < y_min:                                                                  <L 20>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_8);
    // adj: v = particle_v[tid]                                                               <L 19>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_5);
    // adj: x = particle_x[tid]                                                               <L 18>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 17>
    }
    wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
    // adj: if tid >= item_count[0]:                                                          <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def reflect_particles(                                                            <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reflect_particles_eda2010b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_eda2010b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reflect_particles_eda2010b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reflect_particles_eda2010b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_eda2010b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        reflect_particles_eda2010b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        reflect_particles_eda2010b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reflect_particles_eda2010b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_eda2010b *_wp_args)
{
    reflect_particles_eda2010b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reflect_particles_eda2010b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_eda2010b *_wp_args,
    wp_args_reflect_particles_eda2010b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reflect_particles_eda2010b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void reflect_particles_eda2010b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_eda2010b *_wp_args,
    wp_args_reflect_particles_eda2010b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        reflect_particles_eda2010b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        reflect_particles_eda2010b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void reflect_particles_eda2010b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_eda2010b *_wp_args,
    wp_args_reflect_particles_eda2010b *_wp_adj_args)
{
    reflect_particles_eda2010b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_step_velocities_fdd11b81 {
    wp::array_t<wp::int32> flags;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
};


template <bool wp_linear_contiguous>
static void step_velocities_fdd11b81_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_velocities_fdd11b81 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_velocities_fdd11b81 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = -9.81;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def step_velocities(flags: wp.array[wp.int32], delta_time: float, particle_v: wp.array[wp.vec3]):       <L 89>
    // tid = wp.tid()                                                                         <L 91>
    var_0 = builtin_tid1d();
    // if flags[tid] == PARTICLE_ACTIVE:                                                      <L 92>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // particle_v[tid] = particle_v[tid] + wp.vec3(0.0, -9.81, 0.0) * delta_time          <L 93>
        var_5 = wp::address(var_particle_v, var_0);
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        var_10 = wp::mul(var_9, var_delta_time);
        var_12 = wp::load(var_5);
        var_11 = wp::add(var_12, var_10);
        wp::array_store(var_particle_v, var_0, var_11);
    }
    if (!var_3) {
        // particle_v[tid] = particle_v[tid]                                                  <L 95>
        var_13 = wp::address(var_particle_v, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        wp::array_store(var_particle_v, var_0, var_14);
    }
}



template <bool wp_linear_contiguous>
static void step_velocities_fdd11b81_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_velocities_fdd11b81 *_wp_args,
    wp_args_step_velocities_fdd11b81 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_velocities_fdd11b81 wp_contiguous_args;
    wp_args_step_velocities_fdd11b81 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = -9.81;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def step_velocities(flags: wp.array[wp.int32], delta_time: float, particle_v: wp.array[wp.vec3]):       <L 89>
    // tid = wp.tid()                                                                         <L 91>
    var_0 = builtin_tid1d();
    // if flags[tid] == PARTICLE_ACTIVE:                                                      <L 92>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // particle_v[tid] = particle_v[tid] + wp.vec3(0.0, -9.81, 0.0) * delta_time          <L 93>
        var_5 = wp::address(var_particle_v, var_0);
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        var_10 = wp::mul(var_9, var_delta_time);
        var_12 = wp::load(var_5);
        var_11 = wp::add(var_12, var_10);
        // wp::array_store(var_particle_v, var_0, var_11);
    }
    if (!var_3) {
        // particle_v[tid] = particle_v[tid]                                                  <L 95>
        var_13 = wp::address(var_particle_v, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // wp::array_store(var_particle_v, var_0, var_14);
    }
    //---------
    // reverse
    if (!var_3) {
        wp::adj_array_store(var_particle_v, var_0, var_14, adj_particle_v, adj_0, adj_14);
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_13);
        // adj: particle_v[tid] = particle_v[tid]                                             <L 95>
    }
    if (var_3) {
        wp::adj_array_store(var_particle_v, var_0, var_11, adj_particle_v, adj_0, adj_11);
        wp::adj_add(var_12, var_10, adj_5, adj_10, adj_11);
        wp::adj_mul(var_9, var_delta_time, adj_9, adj_delta_time, adj_10);
        wp::adj_vec_t(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_5);
        // adj: particle_v[tid] = particle_v[tid] + wp.vec3(0.0, -9.81, 0.0) * delta_time     <L 93>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if flags[tid] == PARTICLE_ACTIVE:                                                 <L 92>
    // adj: tid = wp.tid()                                                                    <L 91>
    // adj: def step_velocities(flags: wp.array[wp.int32], delta_time: float, particle_v: wp.array[wp.vec3]):  <L 89>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_velocities_fdd11b81_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_fdd11b81 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_velocities_fdd11b81_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_velocities_fdd11b81_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_fdd11b81 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        step_velocities_fdd11b81_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_velocities_fdd11b81_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_velocities_fdd11b81_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_fdd11b81 *_wp_args)
{
    step_velocities_fdd11b81_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_velocities_fdd11b81_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_fdd11b81 *_wp_args,
    wp_args_step_velocities_fdd11b81 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_velocities_fdd11b81_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_velocities_fdd11b81_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_fdd11b81 *_wp_args,
    wp_args_step_velocities_fdd11b81 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        step_velocities_fdd11b81_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_velocities_fdd11b81_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_velocities_fdd11b81_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_fdd11b81 *_wp_args,
    wp_args_step_velocities_fdd11b81 *_wp_adj_args)
{
    step_velocities_fdd11b81_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

