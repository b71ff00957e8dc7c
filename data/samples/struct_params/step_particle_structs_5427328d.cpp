// Warp 1.19.0 cpu code for step_particle_structs_5427328d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

struct Particle_93e34dd2
{
    wp::vec_t<3, wp::float32> x;
    wp::vec_t<3, wp::float32> v;


    Particle_93e34dd2() = default;
    CUDA_CALLABLE Particle_93e34dd2(wp::vec_t<3, wp::float32> const& x,
    wp::vec_t<3, wp::float32> const& v = {})
        : x{x}
        , v{v}

    {
    }

    CUDA_CALLABLE Particle_93e34dd2& operator += (const Particle_93e34dd2& rhs)
    {    x += rhs.x;
    v += rhs.v;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_93e34dd2(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_v,
    Particle_93e34dd2 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_v += adj_ret.v;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_93e34dd2 add(const Particle_93e34dd2& a, const Particle_93e34dd2& b)
{
    return Particle_93e34dd2();
}

CUDA_CALLABLE void adj_atomic_add(Particle_93e34dd2* p, Particle_93e34dd2 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->v, t.v);
}



struct wp_args_step_particle_structs_1fcd4a8f {
    wp::array_t<Particle_93e34dd2> particles;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> accelerations;
};


template <bool wp_linear_contiguous>
static void step_particle_structs_1fcd4a8f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_particle_structs_1fcd4a8f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_particle_structs_1fcd4a8f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particles.strides[0] = sizeof(Particle_93e34dd2);
        wp_contiguous_args.accelerations.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<Particle_93e34dd2> var_particles = _wp_args->particles;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_accelerations = _wp_args->accelerations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    Particle_93e34dd2* var_4;
    Particle_93e34dd2 var_5;
    Particle_93e34dd2 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    Particle_93e34dd2* var_11;
    Particle_93e34dd2* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    Particle_93e34dd2* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    Particle_93e34dd2* var_20;
    //---------
    // forward
    // def step_particle_structs(                                                             <L 11>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // accel = accelerations[tid]                                                             <L 17>
    var_1 = wp::address(var_accelerations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = particles[tid]                                                                     <L 18>
    var_4 = wp::address(var_particles, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // particles[tid].v = p.v + accel * dt                                                    <L 19>
    var_7 = &((var_5).v);
    var_8 = wp::mul(var_2, var_dt);
    var_10 = wp::load(var_7);
    var_9 = wp::add(var_10, var_8);
    var_11 = &(wp::index(var_particles, var_0));
    wp::store(&(wp::index(var_particles, var_0).v), var_9);
    // particles[tid].x = particles[tid].x + particles[tid].v * dt                            <L 20>
    var_12 = wp::address(var_particles, var_0);
    var_13 = &(((*wp::address(var_particles, var_0))).x);
    var_14 = wp::address(var_particles, var_0);
    var_15 = &(((*wp::address(var_particles, var_0))).v);
    var_17 = wp::load(var_15);
    var_16 = wp::mul(var_17, var_dt);
    var_19 = wp::load(var_13);
    var_18 = wp::add(var_19, var_16);
    var_20 = &(wp::index(var_particles, var_0));
    wp::store(&(wp::index(var_particles, var_0).x), var_18);
}



template <bool wp_linear_contiguous>
static void step_particle_structs_1fcd4a8f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_particle_structs_1fcd4a8f *_wp_args,
    wp_args_step_particle_structs_1fcd4a8f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_particle_structs_1fcd4a8f wp_contiguous_args;
    wp_args_step_particle_structs_1fcd4a8f wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particles.strides[0] = sizeof(Particle_93e34dd2);
        wp_contiguous_adj_args.particles.strides[0] = sizeof(Particle_93e34dd2);
        wp_contiguous_args.accelerations.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.accelerations.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<Particle_93e34dd2> var_particles = _wp_args->particles;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_accelerations = _wp_args->accelerations;
    wp::array_t<Particle_93e34dd2> adj_particles = _wp_adj_args->particles;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accelerations = _wp_adj_args->accelerations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    Particle_93e34dd2* var_4;
    Particle_93e34dd2 var_5;
    Particle_93e34dd2 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    Particle_93e34dd2* var_11;
    Particle_93e34dd2* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    Particle_93e34dd2* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    Particle_93e34dd2* var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    Particle_93e34dd2 adj_4 = {};
    Particle_93e34dd2 adj_5 = {};
    Particle_93e34dd2 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    Particle_93e34dd2 adj_11 = {};
    Particle_93e34dd2 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    Particle_93e34dd2 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    Particle_93e34dd2 adj_20 = {};
    //---------
    // forward
    // def step_particle_structs(                                                             <L 11>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // accel = accelerations[tid]                                                             <L 17>
    var_1 = wp::address(var_accelerations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = particles[tid]                                                                     <L 18>
    var_4 = wp::address(var_particles, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // particles[tid].v = p.v + accel * dt                                                    <L 19>
    var_7 = &((var_5).v);
    var_8 = wp::mul(var_2, var_dt);
    var_10 = wp::load(var_7);
    var_9 = wp::add(var_10, var_8);
    var_11 = &(wp::index(var_particles, var_0));
    // wp::store(&(wp::index(var_particles, var_0).v), var_9);
    // particles[tid].x = particles[tid].x + particles[tid].v * dt                            <L 20>
    var_12 = wp::address(var_particles, var_0);
    var_13 = &(((*wp::address(var_particles, var_0))).x);
    var_14 = wp::address(var_particles, var_0);
    var_15 = &(((*wp::address(var_particles, var_0))).v);
    var_17 = wp::load(var_15);
    var_16 = wp::mul(var_17, var_dt);
    var_19 = wp::load(var_13);
    var_18 = wp::add(var_19, var_16);
    var_20 = &(wp::index(var_particles, var_0));
    // wp::store(&(wp::index(var_particles, var_0).x), var_18);
    //---------
    // reverse
    wp::adj_array_store_slot(var_particles, adj_particles, adj_18, [&](auto& _e) -> auto& { return _e.x; }, var_0);
    wp::adj_add(var_19, var_16, adj_13, adj_16, adj_18);
    wp::adj_mul(var_17, var_dt, adj_15, adj_dt, adj_16);
    adj_14.v += adj_15;
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_14);
    adj_12.x += adj_13;
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_12);
    // adj: particles[tid].x = particles[tid].x + particles[tid].v * dt                       <L 20>
    wp::adj_array_store_slot(var_particles, adj_particles, adj_9, [&](auto& _e) -> auto& { return _e.v; }, var_0);
    wp::adj_add(var_10, var_8, adj_7, adj_8, adj_9);
    wp::adj_mul(var_2, var_dt, adj_2, adj_dt, adj_8);
    adj_5.v += adj_7;
    // adj: particles[tid].v = p.v + accel * dt                                               <L 19>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_4);
    // adj: p = particles[tid]                                                                <L 18>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_accelerations, var_0, adj_accelerations, adj_0, adj_1);
    // adj: accel = accelerations[tid]                                                        <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def step_particle_structs(                                                        <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_particle_structs_1fcd4a8f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_1fcd4a8f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_particle_structs_1fcd4a8f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_particle_structs_1fcd4a8f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_1fcd4a8f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particles.strides[0] == (int)sizeof(Particle_93e34dd2)) & (_wp_args->accelerations.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        step_particle_structs_1fcd4a8f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_particle_structs_1fcd4a8f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_particle_structs_1fcd4a8f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_1fcd4a8f *_wp_args)
{
    step_particle_structs_1fcd4a8f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_particle_structs_1fcd4a8f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_1fcd4a8f *_wp_args,
    wp_args_step_particle_structs_1fcd4a8f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_particle_structs_1fcd4a8f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_particle_structs_1fcd4a8f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_1fcd4a8f *_wp_args,
    wp_args_step_particle_structs_1fcd4a8f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particles.strides[0] == (int)sizeof(Particle_93e34dd2)) & (_wp_adj_args->particles.strides[0] == (int)sizeof(Particle_93e34dd2)) & (_wp_args->accelerations.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->accelerations.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        step_particle_structs_1fcd4a8f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_particle_structs_1fcd4a8f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_particle_structs_1fcd4a8f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_1fcd4a8f *_wp_args,
    wp_args_step_particle_structs_1fcd4a8f *_wp_adj_args)
{
    step_particle_structs_1fcd4a8f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

