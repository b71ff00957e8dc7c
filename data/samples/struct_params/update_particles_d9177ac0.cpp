// Warp 1.19.0 cpu code for update_particles_d9177ac0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

struct Particle_b8887c14
{
    wp::vec_t<3, wp::float32> position;
    wp::vec_t<3, wp::float32> velocity;


    Particle_b8887c14() = default;
    CUDA_CALLABLE Particle_b8887c14(wp::vec_t<3, wp::float32> const& position,
    wp::vec_t<3, wp::float32> const& velocity = {})
        : position{position}
        , velocity{velocity}

    {
    }

    CUDA_CALLABLE Particle_b8887c14& operator += (const Particle_b8887c14& rhs)
    {    position += rhs.position;
    velocity += rhs.velocity;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_b8887c14(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_position,
    wp::vec_t<3, wp::float32> & adj_velocity,
    Particle_b8887c14 & adj_ret)
{
    adj_position += adj_ret.position;
    adj_velocity += adj_ret.velocity;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_b8887c14 add(const Particle_b8887c14& a, const Particle_b8887c14& b)
{
    return Particle_b8887c14();
}

CUDA_CALLABLE void adj_atomic_add(Particle_b8887c14* p, Particle_b8887c14 t)
{
    wp::adj_atomic_add(&p->position, t.position);
    wp::adj_atomic_add(&p->velocity, t.velocity);
}



struct wp_args_update_particles_7fbb46dc {
    wp::array_t<Particle_b8887c14> particles;
    wp::int32 num_items;
    wp::float32 time_step;
};


template <bool wp_linear_contiguous>
static void update_particles_7fbb46dc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_particles_7fbb46dc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_particles_7fbb46dc wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particles.strides[0] = sizeof(Particle_b8887c14);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<Particle_b8887c14> var_particles = _wp_args->particles;
    wp::int32 var_num_items = _wp_args->num_items;
    wp::float32 var_time_step = _wp_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    Particle_b8887c14* var_2;
    Particle_b8887c14 var_3;
    Particle_b8887c14 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def update_particles(particles: wp.array[Particle], num_items: wp.int32, time_step: float):       <L 11>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= num_items:                                                                   <L 13>
    var_1 = (var_0 >= var_num_items);
    if (var_1) {
        // return                                                                             <L 14>
        return;
    }
    // p = particles[tid]                                                                     <L 15>
    var_2 = wp::address(var_particles, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // p.position += p.velocity * time_step                                                   <L 16>
    var_5 = &((var_3).position);
    var_6 = &((var_3).velocity);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_time_step);
    var_10 = wp::load(var_5);
    var_9 = wp::add(var_10, var_7);
    var_3.position = var_9;
    // particles[tid] = p                                                                     <L 17>
    wp::array_store(var_particles, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void update_particles_7fbb46dc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_particles_7fbb46dc *_wp_args,
    wp_args_update_particles_7fbb46dc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_particles_7fbb46dc wp_contiguous_args;
    wp_args_update_particles_7fbb46dc wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particles.strides[0] = sizeof(Particle_b8887c14);
        wp_contiguous_adj_args.particles.strides[0] = sizeof(Particle_b8887c14);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<Particle_b8887c14> var_particles = _wp_args->particles;
    wp::int32 var_num_items = _wp_args->num_items;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<Particle_b8887c14> adj_particles = _wp_adj_args->particles;
    wp::int32 adj_num_items = _wp_adj_args->num_items;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    Particle_b8887c14* var_2;
    Particle_b8887c14 var_3;
    Particle_b8887c14 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    Particle_b8887c14 adj_2 = {};
    Particle_b8887c14 adj_3 = {};
    Particle_b8887c14 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def update_particles(particles: wp.array[Particle], num_items: wp.int32, time_step: float):       <L 11>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= num_items:                                                                   <L 13>
    var_1 = (var_0 >= var_num_items);
    if (var_1) {
        // return                                                                             <L 14>
        goto label0;
    }
    // p = particles[tid]                                                                     <L 15>
    var_2 = wp::address(var_particles, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // p.position += p.velocity * time_step                                                   <L 16>
    var_5 = &((var_3).position);
    var_6 = &((var_3).velocity);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_time_step);
    var_10 = wp::load(var_5);
    var_9 = wp::add(var_10, var_7);
    var_3.position = var_9;
    // particles[tid] = p                                                                     <L 17>
    // wp::array_store(var_particles, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_particles, var_0, var_3, adj_particles, adj_0, adj_3);
    // adj: particles[tid] = p                                                                <L 17>
    adj_9 += adj_3.position;
    adj_3.position = {};
    wp::adj_add(var_10, var_7, adj_5, adj_7, adj_9);
    wp::adj_mul(var_8, var_time_step, adj_6, adj_time_step, adj_7);
    adj_3.velocity += adj_6;
    adj_3.position += adj_5;
    // adj: p.position += p.velocity * time_step                                              <L 16>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_2);
    // adj: p = particles[tid]                                                                <L 15>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    // adj: if tid >= num_items:                                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def update_particles(particles: wp.array[Particle], num_items: wp.int32, time_step: float):  <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_particles_7fbb46dc_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fbb46dc *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_particles_7fbb46dc_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_particles_7fbb46dc_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fbb46dc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particles.strides[0] == (int)sizeof(Particle_b8887c14)));
    if (wp_linear_contiguous)
        update_particles_7fbb46dc_cpu_forward_tasks<true>(dim, _wp_args);
    else
        update_particles_7fbb46dc_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_particles_7fbb46dc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fbb46dc *_wp_args)
{
    update_particles_7fbb46dc_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_particles_7fbb46dc_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fbb46dc *_wp_args,
    wp_args_update_particles_7fbb46dc *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_particles_7fbb46dc_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_particles_7fbb46dc_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fbb46dc *_wp_args,
    wp_args_update_particles_7fbb46dc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particles.strides[0] == (int)sizeof(Particle_b8887c14)) & (_wp_adj_args->particles.strides[0] == (int)sizeof(Particle_b8887c14)));
    if (wp_linear_contiguous)
        update_particles_7fbb46dc_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        update_particles_7fbb46dc_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_particles_7fbb46dc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fbb46dc *_wp_args,
    wp_args_update_particles_7fbb46dc *_wp_adj_args)
{
    update_particles_7fbb46dc_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

