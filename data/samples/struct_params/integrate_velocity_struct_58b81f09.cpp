// Warp 1.19.0 cpu code for integrate_velocity_struct_58b81f09.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

struct Box_ed1dbaa7
{
    wp::vec_t<3, wp::float32> lower;
    wp::vec_t<3, wp::float32> upper;


    Box_ed1dbaa7() = default;
    CUDA_CALLABLE Box_ed1dbaa7(wp::vec_t<3, wp::float32> const& lower,
    wp::vec_t<3, wp::float32> const& upper = {})
        : lower{lower}
        , upper{upper}

    {
    }

    CUDA_CALLABLE Box_ed1dbaa7& operator += (const Box_ed1dbaa7& rhs)
    {    lower += rhs.lower;
    upper += rhs.upper;

        return *this;}

};

static CUDA_CALLABLE void adj_Box_ed1dbaa7(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_lower,
    wp::vec_t<3, wp::float32> & adj_upper,
    Box_ed1dbaa7 & adj_ret)
{
    adj_lower += adj_ret.lower;
    adj_upper += adj_ret.upper;
}

// Required when compiling adjoints.
CUDA_CALLABLE Box_ed1dbaa7 add(const Box_ed1dbaa7& a, const Box_ed1dbaa7& b)
{
    return Box_ed1dbaa7();
}

CUDA_CALLABLE void adj_atomic_add(Box_ed1dbaa7* p, Box_ed1dbaa7 t)
{
    wp::adj_atomic_add(&p->lower, t.lower);
    wp::adj_atomic_add(&p->upper, t.upper);
}




struct StepParams_3d67fd51
{
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;
    wp::float32 damping;


    StepParams_3d67fd51() = default;
    CUDA_CALLABLE StepParams_3d67fd51(wp::vec_t<3, wp::float32> const& gravity,
    wp::float32 const& dt = {},
    wp::float32 const& damping = {})
        : gravity{gravity}
        , dt{dt}
        , damping{damping}

    {
    }

    CUDA_CALLABLE StepParams_3d67fd51& operator += (const StepParams_3d67fd51& rhs)
    {    gravity += rhs.gravity;
    dt += rhs.dt;
    damping += rhs.damping;

        return *this;}

};

static CUDA_CALLABLE void adj_StepParams_3d67fd51(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_dt,
    wp::float32 & adj_damping,
    StepParams_3d67fd51 & adj_ret)
{
    adj_gravity += adj_ret.gravity;
    adj_dt += adj_ret.dt;
    adj_damping += adj_ret.damping;
}

// Required when compiling adjoints.
CUDA_CALLABLE StepParams_3d67fd51 add(const StepParams_3d67fd51& a, const StepParams_3d67fd51& b)
{
    return StepParams_3d67fd51();
}

CUDA_CALLABLE void adj_atomic_add(StepParams_3d67fd51* p, StepParams_3d67fd51 t)
{
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->damping, t.damping);
}




struct RigidBody_23d92a55
{
    wp::transform_t<wp::float32> pose;
    wp::vec_t<3, wp::float32> velocity;
    wp::vec_t<3, wp::float32> angular_velocity;
    wp::float32 inv_mass;


    RigidBody_23d92a55() = default;
    CUDA_CALLABLE RigidBody_23d92a55(wp::transform_t<wp::float32> const& pose,
    wp::vec_t<3, wp::float32> const& velocity = {},
    wp::vec_t<3, wp::float32> const& angular_velocity = {},
    wp::float32 const& inv_mass = {})
        : pose{pose}
        , velocity{velocity}
        , angular_velocity{angular_velocity}
        , inv_mass{inv_mass}

    {
    }

    CUDA_CALLABLE RigidBody_23d92a55& operator += (const RigidBody_23d92a55& rhs)
    {    pose += rhs.pose;
    velocity += rhs.velocity;
    angular_velocity += rhs.angular_velocity;
    inv_mass += rhs.inv_mass;

        return *this;}

};

static CUDA_CALLABLE void adj_RigidBody_23d92a55(wp::transform_t<wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::transform_t<wp::float32> & adj_pose,
    wp::vec_t<3, wp::float32> & adj_velocity,
    wp::vec_t<3, wp::float32> & adj_angular_velocity,
    wp::float32 & adj_inv_mass,
    RigidBody_23d92a55 & adj_ret)
{
    adj_pose += adj_ret.pose;
    adj_velocity += adj_ret.velocity;
    adj_angular_velocity += adj_ret.angular_velocity;
    adj_inv_mass += adj_ret.inv_mass;
}

// Required when compiling adjoints.
CUDA_CALLABLE RigidBody_23d92a55 add(const RigidBody_23d92a55& a, const RigidBody_23d92a55& b)
{
    return RigidBody_23d92a55();
}

CUDA_CALLABLE void adj_atomic_add(RigidBody_23d92a55* p, RigidBody_23d92a55 t)
{
    wp::adj_atomic_add(&p->pose, t.pose);
    wp::adj_atomic_add(&p->velocity, t.velocity);
    wp::adj_atomic_add(&p->angular_velocity, t.angular_velocity);
    wp::adj_atomic_add(&p->inv_mass, t.inv_mass);
}




struct SimParams_135f55f2
{
    wp::float32 dt;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 drag;
    wp::int32 paused;


    SimParams_135f55f2() = default;
    CUDA_CALLABLE SimParams_135f55f2(wp::float32 const& dt,
    wp::vec_t<3, wp::float32> const& gravity = {},
    wp::float32 const& drag = {},
    wp::int32 const& paused = {})
        : dt{dt}
        , gravity{gravity}
        , drag{drag}
        , paused{paused}

    {
    }

    CUDA_CALLABLE SimParams_135f55f2& operator += (const SimParams_135f55f2& rhs)
    {    dt += rhs.dt;
    gravity += rhs.gravity;
    drag += rhs.drag;
    paused += rhs.paused;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_135f55f2(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_drag,
    wp::int32 & adj_paused,
    SimParams_135f55f2 & adj_ret)
{
    adj_dt += adj_ret.dt;
    adj_gravity += adj_ret.gravity;
    adj_drag += adj_ret.drag;
    adj_paused += adj_ret.paused;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_135f55f2 add(const SimParams_135f55f2& a, const SimParams_135f55f2& b)
{
    return SimParams_135f55f2();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_135f55f2* p, SimParams_135f55f2 t)
{
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->drag, t.drag);
    wp::adj_atomic_add(&p->paused, t.paused);
}



struct wp_args_confine_particles_937ce8c7 {
    Box_ed1dbaa7 box;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> positions_out;
};


template <bool wp_linear_contiguous>
static void confine_particles_937ce8c7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_confine_particles_937ce8c7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_confine_particles_937ce8c7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    Box_ed1dbaa7 var_box = _wp_args->box;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out = _wp_args->positions_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def confine_particles(box: Box, points: wp.array[wp.vec3], positions_out: wp.array[wp.vec3]):       <L 47>
    // tid = wp.tid()                                                                         <L 48>
    var_0 = builtin_tid1d();
    // pos = points[tid]                                                                      <L 49>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // positions_out[tid] = wp.max(wp.min(pos, box.upper), box.lower)                         <L 50>
    var_4 = &((var_box).upper);
    var_6 = wp::load(var_4);
    var_5 = wp::min(var_2, var_6);
    var_7 = &((var_box).lower);
    var_9 = wp::load(var_7);
    var_8 = wp::max(var_5, var_9);
    wp::array_store(var_positions_out, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void confine_particles_937ce8c7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_confine_particles_937ce8c7 *_wp_args,
    wp_args_confine_particles_937ce8c7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_confine_particles_937ce8c7 wp_contiguous_args;
    wp_args_confine_particles_937ce8c7 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    Box_ed1dbaa7 var_box = _wp_args->box;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out = _wp_args->positions_out;
    Box_ed1dbaa7 adj_box = _wp_adj_args->box;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions_out = _wp_adj_args->positions_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def confine_particles(box: Box, points: wp.array[wp.vec3], positions_out: wp.array[wp.vec3]):       <L 47>
    // tid = wp.tid()                                                                         <L 48>
    var_0 = builtin_tid1d();
    // pos = points[tid]                                                                      <L 49>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // positions_out[tid] = wp.max(wp.min(pos, box.upper), box.lower)                         <L 50>
    var_4 = &((var_box).upper);
    var_6 = wp::load(var_4);
    var_5 = wp::min(var_2, var_6);
    var_7 = &((var_box).lower);
    var_9 = wp::load(var_7);
    var_8 = wp::max(var_5, var_9);
    // wp::array_store(var_positions_out, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_positions_out, var_0, var_8, adj_positions_out, adj_0, adj_8);
    wp::adj_max(var_5, var_9, adj_5, adj_7, adj_8);
    adj_box.lower += adj_7;
    wp::adj_min(var_2, var_6, adj_2, adj_4, adj_5);
    adj_box.upper += adj_4;
    // adj: positions_out[tid] = wp.max(wp.min(pos, box.upper), box.lower)                    <L 50>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: pos = points[tid]                                                                 <L 49>
    // adj: tid = wp.tid()                                                                    <L 48>
    // adj: def confine_particles(box: Box, points: wp.array[wp.vec3], positions_out: wp.array[wp.vec3]):  <L 47>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void confine_particles_937ce8c7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_confine_particles_937ce8c7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        confine_particles_937ce8c7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void confine_particles_937ce8c7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_confine_particles_937ce8c7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        confine_particles_937ce8c7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        confine_particles_937ce8c7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void confine_particles_937ce8c7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_confine_particles_937ce8c7 *_wp_args)
{
    confine_particles_937ce8c7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void confine_particles_937ce8c7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_confine_particles_937ce8c7 *_wp_args,
    wp_args_confine_particles_937ce8c7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        confine_particles_937ce8c7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void confine_particles_937ce8c7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_confine_particles_937ce8c7 *_wp_args,
    wp_args_confine_particles_937ce8c7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        confine_particles_937ce8c7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        confine_particles_937ce8c7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void confine_particles_937ce8c7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_confine_particles_937ce8c7 *_wp_args,
    wp_args_confine_particles_937ce8c7 *_wp_adj_args)
{
    confine_particles_937ce8c7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_integrate_velocity_struct_a1b7ef9d {
    StepParams_3d67fd51 params;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
};


template <bool wp_linear_contiguous>
static void integrate_velocity_struct_a1b7ef9d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_velocity_struct_a1b7ef9d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    StepParams_3d67fd51 var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def integrate_velocity_struct(params: StepParams, velocities: wp.array[wp.vec3]):       <L 18>
    // tid = wp.tid()                                                                         <L 19>
    var_0 = builtin_tid1d();
    // vel = velocities[tid]                                                                  <L 20>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // velocities[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 21>
    var_4 = &((var_params).gravity);
    var_5 = &((var_params).dt);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    var_9 = wp::add(var_2, var_6);
    var_11 = &((var_params).damping);
    var_12 = &((var_params).dt);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::mul(var_14, var_15);
    var_16 = wp::sub(var_10, var_13);
    var_17 = wp::mul(var_9, var_16);
    wp::array_store(var_velocities, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void integrate_velocity_struct_a1b7ef9d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_args,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_velocity_struct_a1b7ef9d wp_contiguous_args;
    wp_args_integrate_velocity_struct_a1b7ef9d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    StepParams_3d67fd51 var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    StepParams_3d67fd51 adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def integrate_velocity_struct(params: StepParams, velocities: wp.array[wp.vec3]):       <L 18>
    // tid = wp.tid()                                                                         <L 19>
    var_0 = builtin_tid1d();
    // vel = velocities[tid]                                                                  <L 20>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // velocities[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 21>
    var_4 = &((var_params).gravity);
    var_5 = &((var_params).dt);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    var_9 = wp::add(var_2, var_6);
    var_11 = &((var_params).damping);
    var_12 = &((var_params).dt);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::mul(var_14, var_15);
    var_16 = wp::sub(var_10, var_13);
    var_17 = wp::mul(var_9, var_16);
    // wp::array_store(var_velocities, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_velocities, var_0, var_17, adj_velocities, adj_0, adj_17);
    wp::adj_mul(var_9, var_16, adj_9, adj_16, adj_17);
    wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_16);
    wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
    adj_params.dt += adj_12;
    adj_params.damping += adj_11;
    wp::adj_add(var_2, var_6, adj_2, adj_6, adj_9);
    wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
    adj_params.dt += adj_5;
    adj_params.gravity += adj_4;
    // adj: velocities[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)  <L 21>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
    // adj: vel = velocities[tid]                                                             <L 20>
    // adj: tid = wp.tid()                                                                    <L 19>
    // adj: def integrate_velocity_struct(params: StepParams, velocities: wp.array[wp.vec3]):  <L 18>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_velocity_struct_a1b7ef9d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_velocity_struct_a1b7ef9d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void integrate_velocity_struct_a1b7ef9d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        integrate_velocity_struct_a1b7ef9d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        integrate_velocity_struct_a1b7ef9d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_velocity_struct_a1b7ef9d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_args)
{
    integrate_velocity_struct_a1b7ef9d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_velocity_struct_a1b7ef9d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_args,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_velocity_struct_a1b7ef9d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void integrate_velocity_struct_a1b7ef9d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_args,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        integrate_velocity_struct_a1b7ef9d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        integrate_velocity_struct_a1b7ef9d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void integrate_velocity_struct_a1b7ef9d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_args,
    wp_args_integrate_velocity_struct_a1b7ef9d *_wp_adj_args)
{
    integrate_velocity_struct_a1b7ef9d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_step_rigid_bodies_b446b5ad {
    wp::array_t<RigidBody_23d92a55> bodies;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 delta_time;
};


template <bool wp_linear_contiguous>
static void step_rigid_bodies_b446b5ad_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_rigid_bodies_b446b5ad *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_rigid_bodies_b446b5ad wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.bodies.strides[0] = sizeof(RigidBody_23d92a55);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<RigidBody_23d92a55> var_bodies = _wp_args->bodies;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    //---------
    // primal vars
    wp::int32 var_0;
    RigidBody_23d92a55* var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 0.0;
    bool var_4;
    wp::float32 var_5;
    RigidBody_23d92a55* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    RigidBody_23d92a55* var_11;
    wp::transform_t<wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::transform_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    RigidBody_23d92a55* var_17;
    wp::transform_t<wp::float32>* var_18;
    wp::quat_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    RigidBody_23d92a55* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.0;
    wp::quat_t<wp::float32> var_26;
    wp::quat_t<wp::float32> var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::quat_t<wp::float32> var_32;
    RigidBody_23d92a55* var_33;
    wp::transform_t<wp::float32> var_34;
    RigidBody_23d92a55* var_35;
    //---------
    // forward
    // def step_rigid_bodies(bodies: wp.array[RigidBody], gravity: wp.vec3, delta_time: float):       <L 62>
    // tid = wp.tid()                                                                         <L 64>
    var_0 = builtin_tid1d();
    // if bodies[tid].inv_mass == 0.0:                                                        <L 65>
    var_1 = wp::address(var_bodies, var_0);
    var_2 = &(((*wp::address(var_bodies, var_0))).inv_mass);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 66>
        return;
    }
    // v = bodies[tid].velocity + gravity * delta_time                                        <L 67>
    var_6 = wp::address(var_bodies, var_0);
    var_7 = &(((*wp::address(var_bodies, var_0))).velocity);
    var_8 = wp::mul(var_gravity, var_delta_time);
    var_10 = wp::load(var_7);
    var_9 = wp::add(var_10, var_8);
    // p = wp.transform_get_translation(bodies[tid].pose) + v * delta_time                    <L 68>
    var_11 = wp::address(var_bodies, var_0);
    var_12 = &(((*wp::address(var_bodies, var_0))).pose);
    var_14 = wp::load(var_12);
    var_13 = wp::transform_get_translation(var_14);
    var_15 = wp::mul(var_9, var_delta_time);
    var_16 = wp::add(var_13, var_15);
    // q = wp.transform_get_rotation(bodies[tid].pose)                                        <L 69>
    var_17 = wp::address(var_bodies, var_0);
    var_18 = &(((*wp::address(var_bodies, var_0))).pose);
    var_20 = wp::load(var_18);
    var_19 = wp::transform_get_rotation(var_20);
    // w = wp.quat_rotate(q, bodies[tid].angular_velocity)                                    <L 70>
    var_21 = wp::address(var_bodies, var_0);
    var_22 = &(((*wp::address(var_bodies, var_0))).angular_velocity);
    var_24 = wp::load(var_22);
    var_23 = wp::quat_rotate(var_19, var_24);
    // q = wp.normalize(q + wp.quat(w, 0.0) * q * (0.5 * delta_time))                         <L 71>
    var_26 = wp::quat_t<wp::float32>(var_23, var_25);
    var_27 = wp::mul(var_26, var_19);
    var_29 = wp::mul(var_28, var_delta_time);
    var_30 = wp::mul(var_27, var_29);
    var_31 = wp::add(var_19, var_30);
    var_32 = wp::normalize(var_31);
    // bodies[tid].velocity = v                                                               <L 72>
    var_33 = &(wp::index(var_bodies, var_0));
    wp::store(&(wp::index(var_bodies, var_0).velocity), var_9);
    // bodies[tid].pose = wp.transform(p, q)                                                  <L 73>
    var_34 = wp::transform_t<wp::float32>(var_16, var_32);
    var_35 = &(wp::index(var_bodies, var_0));
    wp::store(&(wp::index(var_bodies, var_0).pose), var_34);
}



template <bool wp_linear_contiguous>
static void step_rigid_bodies_b446b5ad_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_rigid_bodies_b446b5ad *_wp_args,
    wp_args_step_rigid_bodies_b446b5ad *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_rigid_bodies_b446b5ad wp_contiguous_args;
    wp_args_step_rigid_bodies_b446b5ad wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.bodies.strides[0] = sizeof(RigidBody_23d92a55);
        wp_contiguous_adj_args.bodies.strides[0] = sizeof(RigidBody_23d92a55);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<RigidBody_23d92a55> var_bodies = _wp_args->bodies;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<RigidBody_23d92a55> adj_bodies = _wp_adj_args->bodies;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    //---------
    // primal vars
    wp::int32 var_0;
    RigidBody_23d92a55* var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 0.0;
    bool var_4;
    wp::float32 var_5;
    RigidBody_23d92a55* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    RigidBody_23d92a55* var_11;
    wp::transform_t<wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::transform_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    RigidBody_23d92a55* var_17;
    wp::transform_t<wp::float32>* var_18;
    wp::quat_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    RigidBody_23d92a55* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.0;
    wp::quat_t<wp::float32> var_26;
    wp::quat_t<wp::float32> var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::quat_t<wp::float32> var_32;
    RigidBody_23d92a55* var_33;
    wp::transform_t<wp::float32> var_34;
    RigidBody_23d92a55* var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    RigidBody_23d92a55 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    RigidBody_23d92a55 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    RigidBody_23d92a55 adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::transform_t<wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    RigidBody_23d92a55 adj_17 = {};
    wp::transform_t<wp::float32> adj_18 = {};
    wp::quat_t<wp::float32> adj_19 = {};
    wp::transform_t<wp::float32> adj_20 = {};
    RigidBody_23d92a55 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::quat_t<wp::float32> adj_26 = {};
    wp::quat_t<wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::quat_t<wp::float32> adj_30 = {};
    wp::quat_t<wp::float32> adj_31 = {};
    wp::quat_t<wp::float32> adj_32 = {};
    RigidBody_23d92a55 adj_33 = {};
    wp::transform_t<wp::float32> adj_34 = {};
    RigidBody_23d92a55 adj_35 = {};
    //---------
    // forward
    // def step_rigid_bodies(bodies: wp.array[RigidBody], gravity: wp.vec3, delta_time: float):       <L 62>
    // tid = wp.tid()                                                                         <L 64>
    var_0 = builtin_tid1d();
    // if bodies[tid].inv_mass == 0.0:                                                        <L 65>
    var_1 = wp::address(var_bodies, var_0);
    var_2 = &(((*wp::address(var_bodies, var_0))).inv_mass);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 66>
        goto label0;
    }
    // v = bodies[tid].velocity + gravity * delta_time                                        <L 67>
    var_6 = wp::address(var_bodies, var_0);
    var_7 = &(((*wp::address(var_bodies, var_0))).velocity);
    var_8 = wp::mul(var_gravity, var_delta_time);
    var_10 = wp::load(var_7);
    var_9 = wp::add(var_10, var_8);
    // p = wp.transform_get_translation(bodies[tid].pose) + v * delta_time                    <L 68>
    var_11 = wp::address(var_bodies, var_0);
    var_12 = &(((*wp::address(var_bodies, var_0))).pose);
    var_14 = wp::load(var_12);
    var_13 = wp::transform_get_translation(var_14);
    var_15 = wp::mul(var_9, var_delta_time);
    var_16 = wp::add(var_13, var_15);
    // q = wp.transform_get_rotation(bodies[tid].pose)                                        <L 69>
    var_17 = wp::address(var_bodies, var_0);
    var_18 = &(((*wp::address(var_bodies, var_0))).pose);
    var_20 = wp::load(var_18);
    var_19 = wp::transform_get_rotation(var_20);
    // w = wp.quat_rotate(q, bodies[tid].angular_velocity)                                    <L 70>
    var_21 = wp::address(var_bodies, var_0);
    var_22 = &(((*wp::address(var_bodies, var_0))).angular_velocity);
    var_24 = wp::load(var_22);
    var_23 = wp::quat_rotate(var_19, var_24);
    // q = wp.normalize(q + wp.quat(w, 0.0) * q * (0.5 * delta_time))                         <L 71>
    var_26 = wp::quat_t<wp::float32>(var_23, var_25);
    var_27 = wp::mul(var_26, var_19);
    var_29 = wp::mul(var_28, var_delta_time);
    var_30 = wp::mul(var_27, var_29);
    var_31 = wp::add(var_19, var_30);
    var_32 = wp::normalize(var_31);
    // bodies[tid].velocity = v                                                               <L 72>
    var_33 = &(wp::index(var_bodies, var_0));
    // wp::store(&(wp::index(var_bodies, var_0).velocity), var_9);
    // bodies[tid].pose = wp.transform(p, q)                                                  <L 73>
    var_34 = wp::transform_t<wp::float32>(var_16, var_32);
    var_35 = &(wp::index(var_bodies, var_0));
    // wp::store(&(wp::index(var_bodies, var_0).pose), var_34);
    //---------
    // reverse
    wp::adj_array_store_slot(var_bodies, adj_bodies, adj_34, [&](auto& _e) -> auto& { return _e.pose; }, var_0);
    wp::adj_transform_t(var_16, var_32, adj_16, adj_32, adj_34);
    // adj: bodies[tid].pose = wp.transform(p, q)                                             <L 73>
    wp::adj_array_store_slot(var_bodies, adj_bodies, adj_9, [&](auto& _e) -> auto& { return _e.velocity; }, var_0);
    // adj: bodies[tid].velocity = v                                                          <L 72>
    wp::adj_normalize(var_31, adj_31, adj_32);
    wp::adj_add(var_19, var_30, adj_19, adj_30, adj_31);
    wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_30);
    wp::adj_mul(var_28, var_delta_time, adj_28, adj_delta_time, adj_29);
    wp::adj_mul(var_26, var_19, adj_26, adj_19, adj_27);
    wp::adj_quat_t(var_23, var_25, adj_23, adj_25, adj_26);
    // adj: q = wp.normalize(q + wp.quat(w, 0.0) * q * (0.5 * delta_time))                    <L 71>
    wp::adj_quat_rotate(var_19, var_24, adj_19, adj_22, adj_23);
    adj_21.angular_velocity += adj_22;
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_21);
    // adj: w = wp.quat_rotate(q, bodies[tid].angular_velocity)                               <L 70>
    wp::adj_transform_get_rotation(var_20, adj_18, adj_19);
    adj_17.pose += adj_18;
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_17);
    // adj: q = wp.transform_get_rotation(bodies[tid].pose)                                   <L 69>
    wp::adj_add(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_mul(var_9, var_delta_time, adj_9, adj_delta_time, adj_15);
    wp::adj_transform_get_translation(var_14, adj_12, adj_13);
    adj_11.pose += adj_12;
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_11);
    // adj: p = wp.transform_get_translation(bodies[tid].pose) + v * delta_time               <L 68>
    wp::adj_add(var_10, var_8, adj_7, adj_8, adj_9);
    wp::adj_mul(var_gravity, var_delta_time, adj_gravity, adj_delta_time, adj_8);
    adj_6.velocity += adj_7;
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_6);
    // adj: v = bodies[tid].velocity + gravity * delta_time                                   <L 67>
    if (var_4) {
        label0:;
        // adj: return                                                                        <L 66>
    }
    adj_1.inv_mass += adj_2;
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
    // adj: if bodies[tid].inv_mass == 0.0:                                                   <L 65>
    // adj: tid = wp.tid()                                                                    <L 64>
    // adj: def step_rigid_bodies(bodies: wp.array[RigidBody], gravity: wp.vec3, delta_time: float):  <L 62>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_rigid_bodies_b446b5ad_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_rigid_bodies_b446b5ad *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_rigid_bodies_b446b5ad_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_rigid_bodies_b446b5ad_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_rigid_bodies_b446b5ad *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->bodies.strides[0] == (int)sizeof(RigidBody_23d92a55)));
    if (wp_linear_contiguous)
        step_rigid_bodies_b446b5ad_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_rigid_bodies_b446b5ad_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_rigid_bodies_b446b5ad_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_rigid_bodies_b446b5ad *_wp_args)
{
    step_rigid_bodies_b446b5ad_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_rigid_bodies_b446b5ad_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_rigid_bodies_b446b5ad *_wp_args,
    wp_args_step_rigid_bodies_b446b5ad *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_rigid_bodies_b446b5ad_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_rigid_bodies_b446b5ad_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_rigid_bodies_b446b5ad *_wp_args,
    wp_args_step_rigid_bodies_b446b5ad *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->bodies.strides[0] == (int)sizeof(RigidBody_23d92a55)) & (_wp_adj_args->bodies.strides[0] == (int)sizeof(RigidBody_23d92a55)));
    if (wp_linear_contiguous)
        step_rigid_bodies_b446b5ad_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_rigid_bodies_b446b5ad_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_rigid_bodies_b446b5ad_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_rigid_bodies_b446b5ad *_wp_args,
    wp_args_step_rigid_bodies_b446b5ad *_wp_adj_args)
{
    step_rigid_bodies_b446b5ad_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_apply_settings_c176984a {
    SimParams_135f55f2 sim;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities_out;
};


template <bool wp_linear_contiguous>
static void apply_settings_c176984a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_settings_c176984a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_settings_c176984a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    SimParams_135f55f2 var_sim = _wp_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::float32* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def apply_settings(                                                                    <L 33>
    // tid = wp.tid()                                                                         <L 38>
    var_0 = builtin_tid1d();
    // if sim.paused != 0:                                                                    <L 39>
    var_1 = &((var_sim).paused);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 40>
        return;
    }
    // v = velocities[tid]                                                                    <L 41>
    var_5 = wp::address(var_velocities, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = v + (sim.gravity - sim.drag * v) * sim.dt                                          <L 42>
    var_8 = &((var_sim).gravity);
    var_9 = &((var_sim).drag);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_6);
    var_13 = wp::load(var_8);
    var_12 = wp::sub(var_13, var_10);
    var_14 = &((var_sim).dt);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_12, var_16);
    var_17 = wp::add(var_6, var_15);
    // velocities_out[tid] = v                                                                <L 43>
    wp::array_store(var_velocities_out, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void apply_settings_c176984a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_settings_c176984a *_wp_args,
    wp_args_apply_settings_c176984a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_settings_c176984a wp_contiguous_args;
    wp_args_apply_settings_c176984a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    SimParams_135f55f2 var_sim = _wp_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    SimParams_135f55f2 adj_sim = _wp_adj_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities_out = _wp_adj_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::float32* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
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
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def apply_settings(                                                                    <L 33>
    // tid = wp.tid()                                                                         <L 38>
    var_0 = builtin_tid1d();
    // if sim.paused != 0:                                                                    <L 39>
    var_1 = &((var_sim).paused);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 40>
        goto label0;
    }
    // v = velocities[tid]                                                                    <L 41>
    var_5 = wp::address(var_velocities, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = v + (sim.gravity - sim.drag * v) * sim.dt                                          <L 42>
    var_8 = &((var_sim).gravity);
    var_9 = &((var_sim).drag);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_6);
    var_13 = wp::load(var_8);
    var_12 = wp::sub(var_13, var_10);
    var_14 = &((var_sim).dt);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_12, var_16);
    var_17 = wp::add(var_6, var_15);
    // velocities_out[tid] = v                                                                <L 43>
    // wp::array_store(var_velocities_out, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_velocities_out, var_0, var_17, adj_velocities_out, adj_0, adj_17);
    // adj: velocities_out[tid] = v                                                           <L 43>
    wp::adj_add(var_6, var_15, adj_6, adj_15, adj_17);
    wp::adj_mul(var_12, var_16, adj_12, adj_14, adj_15);
    adj_sim.dt += adj_14;
    wp::adj_sub(var_13, var_10, adj_8, adj_10, adj_12);
    wp::adj_mul(var_11, var_6, adj_9, adj_6, adj_10);
    adj_sim.drag += adj_9;
    adj_sim.gravity += adj_8;
    // adj: v = v + (sim.gravity - sim.drag * v) * sim.dt                                     <L 42>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_5);
    // adj: v = velocities[tid]                                                               <L 41>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 40>
    }
    adj_sim.paused = adj_1;
    // adj: if sim.paused != 0:                                                               <L 39>
    // adj: tid = wp.tid()                                                                    <L 38>
    // adj: def apply_settings(                                                               <L 33>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_settings_c176984a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_settings_c176984a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_settings_c176984a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_settings_c176984a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_settings_c176984a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_settings_c176984a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_settings_c176984a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_settings_c176984a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_settings_c176984a *_wp_args)
{
    apply_settings_c176984a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_settings_c176984a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_settings_c176984a *_wp_args,
    wp_args_apply_settings_c176984a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_settings_c176984a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_settings_c176984a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_settings_c176984a *_wp_args,
    wp_args_apply_settings_c176984a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_settings_c176984a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_settings_c176984a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_settings_c176984a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_settings_c176984a *_wp_args,
    wp_args_apply_settings_c176984a *_wp_adj_args)
{
    apply_settings_c176984a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

