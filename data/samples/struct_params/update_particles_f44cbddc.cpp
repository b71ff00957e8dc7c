// Warp 1.19.0 cpu code for update_particles_f44cbddc.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

struct Particle_7344bc81
{
    wp::vec_t<2, wp::float32> pos;
    wp::vec_t<2, wp::float32> vel;


    Particle_7344bc81() = default;
    CUDA_CALLABLE Particle_7344bc81(wp::vec_t<2, wp::float32> const& pos,
    wp::vec_t<2, wp::float32> const& vel = {})
        : pos{pos}
        , vel{vel}

    {
    }

    CUDA_CALLABLE Particle_7344bc81& operator += (const Particle_7344bc81& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_7344bc81(wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> & adj_pos,
    wp::vec_t<2, wp::float32> & adj_vel,
    Particle_7344bc81 & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_7344bc81 add(const Particle_7344bc81& a, const Particle_7344bc81& b)
{
    return Particle_7344bc81();
}

CUDA_CALLABLE void adj_atomic_add(Particle_7344bc81* p, Particle_7344bc81 t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
}



struct wp_args_update_particles_7fc80fdc {
    wp::array_t<Particle_7344bc81> particles;
    wp::float32 time_step;
    wp::array_t<wp::int32> active_count;
};


template <bool wp_linear_contiguous>
static void update_particles_7fc80fdc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_particles_7fc80fdc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_particles_7fc80fdc wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particles.strides[0] = sizeof(Particle_7344bc81);
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<Particle_7344bc81> var_particles = _wp_args->particles;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    Particle_7344bc81* var_5;
    Particle_7344bc81 var_6;
    Particle_7344bc81 var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32>* var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    //---------
    // forward
    // def update_particles(                                                                  <L 11>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0]:                                                             <L 17>
    var_2 = wp::address(var_active_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 18>
        return;
    }
    // p = particles[tid]                                                                     <L 19>
    var_5 = wp::address(var_particles, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // p.pos = p.pos + p.vel * time_step                                                      <L 20>
    var_8 = &((var_6).pos);
    var_9 = &((var_6).vel);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_time_step);
    var_13 = wp::load(var_8);
    var_12 = wp::add(var_13, var_10);
    var_6.pos = var_12;
    // particles[tid] = p                                                                     <L 21>
    wp::array_store(var_particles, var_0, var_6);
}



template <bool wp_linear_contiguous>
static void update_particles_7fc80fdc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_particles_7fc80fdc *_wp_args,
    wp_args_update_particles_7fc80fdc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_particles_7fc80fdc wp_contiguous_args;
    wp_args_update_particles_7fc80fdc wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particles.strides[0] = sizeof(Particle_7344bc81);
        wp_contiguous_adj_args.particles.strides[0] = sizeof(Particle_7344bc81);
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active_count.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<Particle_7344bc81> var_particles = _wp_args->particles;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<Particle_7344bc81> adj_particles = _wp_adj_args->particles;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::array_t<wp::int32> adj_active_count = _wp_adj_args->active_count;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    Particle_7344bc81* var_5;
    Particle_7344bc81 var_6;
    Particle_7344bc81 var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32>* var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    Particle_7344bc81 adj_5 = {};
    Particle_7344bc81 adj_6 = {};
    Particle_7344bc81 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    //---------
    // forward
    // def update_particles(                                                                  <L 11>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0]:                                                             <L 17>
    var_2 = wp::address(var_active_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 18>
        goto label0;
    }
    // p = particles[tid]                                                                     <L 19>
    var_5 = wp::address(var_particles, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // p.pos = p.pos + p.vel * time_step                                                      <L 20>
    var_8 = &((var_6).pos);
    var_9 = &((var_6).vel);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_time_step);
    var_13 = wp::load(var_8);
    var_12 = wp::add(var_13, var_10);
    var_6.pos = var_12;
    // particles[tid] = p                                                                     <L 21>
    // wp::array_store(var_particles, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_particles, var_0, var_6, adj_particles, adj_0, adj_6);
    // adj: particles[tid] = p                                                                <L 21>
    adj_12 += adj_6.pos;
    adj_6.pos = {};
    wp::adj_add(var_13, var_10, adj_8, adj_10, adj_12);
    wp::adj_mul(var_11, var_time_step, adj_9, adj_time_step, adj_10);
    adj_6.vel += adj_9;
    adj_6.pos += adj_8;
    // adj: p.pos = p.pos + p.vel * time_step                                                 <L 20>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_5);
    // adj: p = particles[tid]                                                                <L 19>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 18>
    }
    wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
    // adj: if tid >= active_count[0]:                                                        <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def update_particles(                                                             <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_particles_7fc80fdc_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fc80fdc *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_particles_7fc80fdc_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_particles_7fc80fdc_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fc80fdc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particles.strides[0] == (int)sizeof(Particle_7344bc81)) & (_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        update_particles_7fc80fdc_cpu_forward_tasks<true>(dim, _wp_args);
    else
        update_particles_7fc80fdc_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_particles_7fc80fdc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fc80fdc *_wp_args)
{
    update_particles_7fc80fdc_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_particles_7fc80fdc_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fc80fdc *_wp_args,
    wp_args_update_particles_7fc80fdc *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_particles_7fc80fdc_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_particles_7fc80fdc_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fc80fdc *_wp_args,
    wp_args_update_particles_7fc80fdc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particles.strides[0] == (int)sizeof(Particle_7344bc81)) & (_wp_adj_args->particles.strides[0] == (int)sizeof(Particle_7344bc81)) & (_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active_count.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        update_particles_7fc80fdc_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        update_particles_7fc80fdc_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_particles_7fc80fdc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_7fc80fdc *_wp_args,
    wp_args_update_particles_7fc80fdc *_wp_adj_args)
{
    update_particles_7fc80fdc_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

