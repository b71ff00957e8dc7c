// Warp 1.19.0 cpu code for advance_state_b54f630d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

struct SimParams_2f07ff7a
{
    wp::float32 dt;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 damping;
    wp::float32 drag;
    wp::float32 time_scale;
    wp::float32 ground_height;
    wp::float32 restitution;
    wp::int32 paused;


    SimParams_2f07ff7a() = default;
    CUDA_CALLABLE SimParams_2f07ff7a(wp::float32 const& dt,
    wp::vec_t<3, wp::float32> const& gravity = {},
    wp::float32 const& damping = {},
    wp::float32 const& drag = {},
    wp::float32 const& time_scale = {},
    wp::float32 const& ground_height = {},
    wp::float32 const& restitution = {},
    wp::int32 const& paused = {})
        : dt{dt}
        , gravity{gravity}
        , damping{damping}
        , drag{drag}
        , time_scale{time_scale}
        , ground_height{ground_height}
        , restitution{restitution}
        , paused{paused}

    {
    }

    CUDA_CALLABLE SimParams_2f07ff7a& operator += (const SimParams_2f07ff7a& rhs)
    {    dt += rhs.dt;
    gravity += rhs.gravity;
    damping += rhs.damping;
    drag += rhs.drag;
    time_scale += rhs.time_scale;
    ground_height += rhs.ground_height;
    restitution += rhs.restitution;
    paused += rhs.paused;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_2f07ff7a(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_damping,
    wp::float32 & adj_drag,
    wp::float32 & adj_time_scale,
    wp::float32 & adj_ground_height,
    wp::float32 & adj_restitution,
    wp::int32 & adj_paused,
    SimParams_2f07ff7a & adj_ret)
{
    adj_dt += adj_ret.dt;
    adj_gravity += adj_ret.gravity;
    adj_damping += adj_ret.damping;
    adj_drag += adj_ret.drag;
    adj_time_scale += adj_ret.time_scale;
    adj_ground_height += adj_ret.ground_height;
    adj_restitution += adj_ret.restitution;
    adj_paused += adj_ret.paused;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_2f07ff7a add(const SimParams_2f07ff7a& a, const SimParams_2f07ff7a& b)
{
    return SimParams_2f07ff7a();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_2f07ff7a* p, SimParams_2f07ff7a t)
{
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->drag, t.drag);
    wp::adj_atomic_add(&p->time_scale, t.time_scale);
    wp::adj_atomic_add(&p->ground_height, t.ground_height);
    wp::adj_atomic_add(&p->restitution, t.restitution);
    wp::adj_atomic_add(&p->paused, t.paused);
}



struct wp_args_step_velocities_6bee0a7a {
    SimParams_2f07ff7a params;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v_new;
};


template <bool wp_linear_contiguous>
static void step_velocities_6bee0a7a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_velocities_6bee0a7a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_velocities_6bee0a7a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v_new.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    SimParams_2f07ff7a var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v_new = _wp_args->particle_v_new;
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
    // def step_velocities(                                                                   <L 27>
    // tid = wp.tid()                                                                         <L 33>
    var_0 = builtin_tid1d();
    // vel = particle_v[tid]                                                                  <L 34>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // particle_v_new[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 35>
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
    wp::array_store(var_particle_v_new, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void step_velocities_6bee0a7a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_velocities_6bee0a7a *_wp_args,
    wp_args_step_velocities_6bee0a7a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_velocities_6bee0a7a wp_contiguous_args;
    wp_args_step_velocities_6bee0a7a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v_new.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v_new.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    SimParams_2f07ff7a var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v_new = _wp_args->particle_v_new;
    SimParams_2f07ff7a adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v_new = _wp_adj_args->particle_v_new;
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
    // def step_velocities(                                                                   <L 27>
    // tid = wp.tid()                                                                         <L 33>
    var_0 = builtin_tid1d();
    // vel = particle_v[tid]                                                                  <L 34>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // particle_v_new[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 35>
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
    // wp::array_store(var_particle_v_new, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_particle_v_new, var_0, var_17, adj_particle_v_new, adj_0, adj_17);
    wp::adj_mul(var_9, var_16, adj_9, adj_16, adj_17);
    wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_16);
    wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
    adj_params.dt += adj_12;
    adj_params.damping += adj_11;
    wp::adj_add(var_2, var_6, adj_2, adj_6, adj_9);
    wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
    adj_params.dt += adj_5;
    adj_params.gravity += adj_4;
    // adj: particle_v_new[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)  <L 35>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_1);
    // adj: vel = particle_v[tid]                                                             <L 34>
    // adj: tid = wp.tid()                                                                    <L 33>
    // adj: def step_velocities(                                                              <L 27>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_velocities_6bee0a7a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_6bee0a7a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_velocities_6bee0a7a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_velocities_6bee0a7a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_6bee0a7a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v_new.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        step_velocities_6bee0a7a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_velocities_6bee0a7a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_velocities_6bee0a7a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_6bee0a7a *_wp_args)
{
    step_velocities_6bee0a7a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_velocities_6bee0a7a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_6bee0a7a *_wp_args,
    wp_args_step_velocities_6bee0a7a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_velocities_6bee0a7a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_velocities_6bee0a7a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_6bee0a7a *_wp_args,
    wp_args_step_velocities_6bee0a7a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v_new.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v_new.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        step_velocities_6bee0a7a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_velocities_6bee0a7a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_velocities_6bee0a7a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_velocities_6bee0a7a *_wp_args,
    wp_args_step_velocities_6bee0a7a *_wp_adj_args)
{
    step_velocities_6bee0a7a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_advance_state_93961766 {
    SimParams_2f07ff7a sim;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
};


template <bool wp_linear_contiguous>
static void advance_state_93961766_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_state_93961766 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advance_state_93961766 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    SimParams_2f07ff7a var_sim = _wp_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
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
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def advance_state(sim: SimParams, particle_v: wp.array[wp.vec3]):                      <L 17>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // if sim.paused != 0:                                                                    <L 19>
    var_1 = &((var_sim).paused);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 20>
        return;
    }
    // v = particle_v[tid]                                                                    <L 21>
    var_5 = wp::address(var_particle_v, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = v + sim.gravity * sim.dt                                                           <L 22>
    var_8 = &((var_sim).gravity);
    var_9 = &((var_sim).dt);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_12);
    var_13 = wp::add(var_6, var_10);
    // particle_v[tid] = v                                                                    <L 23>
    wp::array_store(var_particle_v, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void advance_state_93961766_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_state_93961766 *_wp_args,
    wp_args_advance_state_93961766 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advance_state_93961766 wp_contiguous_args;
    wp_args_advance_state_93961766 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    SimParams_2f07ff7a var_sim = _wp_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    SimParams_2f07ff7a adj_sim = _wp_adj_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
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
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
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
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def advance_state(sim: SimParams, particle_v: wp.array[wp.vec3]):                      <L 17>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // if sim.paused != 0:                                                                    <L 19>
    var_1 = &((var_sim).paused);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 20>
        goto label0;
    }
    // v = particle_v[tid]                                                                    <L 21>
    var_5 = wp::address(var_particle_v, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = v + sim.gravity * sim.dt                                                           <L 22>
    var_8 = &((var_sim).gravity);
    var_9 = &((var_sim).dt);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_12);
    var_13 = wp::add(var_6, var_10);
    // particle_v[tid] = v                                                                    <L 23>
    // wp::array_store(var_particle_v, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_particle_v, var_0, var_13, adj_particle_v, adj_0, adj_13);
    // adj: particle_v[tid] = v                                                               <L 23>
    wp::adj_add(var_6, var_10, adj_6, adj_10, adj_13);
    wp::adj_mul(var_11, var_12, adj_8, adj_9, adj_10);
    adj_sim.dt += adj_9;
    adj_sim.gravity += adj_8;
    // adj: v = v + sim.gravity * sim.dt                                                      <L 22>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_5);
    // adj: v = particle_v[tid]                                                               <L 21>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 20>
    }
    adj_sim.paused = adj_1;
    // adj: if sim.paused != 0:                                                               <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def advance_state(sim: SimParams, particle_v: wp.array[wp.vec3]):                 <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_state_93961766_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_state_93961766 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_state_93961766_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void advance_state_93961766_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_state_93961766 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        advance_state_93961766_cpu_forward_tasks<true>(dim, _wp_args);
    else
        advance_state_93961766_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_state_93961766_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_state_93961766 *_wp_args)
{
    advance_state_93961766_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_state_93961766_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_state_93961766 *_wp_args,
    wp_args_advance_state_93961766 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_state_93961766_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void advance_state_93961766_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_state_93961766 *_wp_args,
    wp_args_advance_state_93961766 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        advance_state_93961766_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        advance_state_93961766_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void advance_state_93961766_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_state_93961766 *_wp_args,
    wp_args_advance_state_93961766 *_wp_adj_args)
{
    advance_state_93961766_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

