// Warp 1.19.0 cpu code for step_particle_structs_255050e0.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

struct Particle_a828c80f
{
    wp::vec_t<2, wp::float32> position;
    wp::vec_t<2, wp::float32> velocity;


    Particle_a828c80f() = default;
    CUDA_CALLABLE Particle_a828c80f(wp::vec_t<2, wp::float32> const& position,
    wp::vec_t<2, wp::float32> const& velocity = {})
        : position{position}
        , velocity{velocity}

    {
    }

    CUDA_CALLABLE Particle_a828c80f& operator += (const Particle_a828c80f& rhs)
    {    position += rhs.position;
    velocity += rhs.velocity;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_a828c80f(wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> & adj_position,
    wp::vec_t<2, wp::float32> & adj_velocity,
    Particle_a828c80f & adj_ret)
{
    adj_position += adj_ret.position;
    adj_velocity += adj_ret.velocity;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_a828c80f add(const Particle_a828c80f& a, const Particle_a828c80f& b)
{
    return Particle_a828c80f();
}

CUDA_CALLABLE void adj_atomic_add(Particle_a828c80f* p, Particle_a828c80f t)
{
    wp::adj_atomic_add(&p->position, t.position);
    wp::adj_atomic_add(&p->velocity, t.velocity);
}



struct wp_args_step_particle_structs_c1d42098 {
    wp::array_t<Particle_a828c80f> particles;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void step_particle_structs_c1d42098_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_particle_structs_c1d42098 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Particle_a828c80f> var_particles = _wp_args->particles;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_a828c80f* var_1;
    Particle_a828c80f var_2;
    Particle_a828c80f var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    //---------
    // forward
    // def step_particle_structs(particles: wp.array(dtype=Particle), dt: float):             <L 11>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // p = particles[tid]                                                                     <L 13>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p.position += p.velocity * dt                                                          <L 14>
    var_4 = &((var_2).position);
    var_5 = &((var_2).velocity);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_dt);
    var_9 = wp::load(var_4);
    var_8 = wp::add(var_9, var_6);
    var_2.position = var_8;
    // particles[tid] = p                                                                     <L 15>
    wp::array_store(var_particles, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void step_particle_structs_c1d42098_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_particle_structs_c1d42098 *_wp_args,
    wp_args_step_particle_structs_c1d42098 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Particle_a828c80f> var_particles = _wp_args->particles;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<Particle_a828c80f> adj_particles = _wp_adj_args->particles;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_a828c80f* var_1;
    Particle_a828c80f var_2;
    Particle_a828c80f var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_a828c80f adj_1 = {};
    Particle_a828c80f adj_2 = {};
    Particle_a828c80f adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    //---------
    // forward
    // def step_particle_structs(particles: wp.array(dtype=Particle), dt: float):             <L 11>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // p = particles[tid]                                                                     <L 13>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p.position += p.velocity * dt                                                          <L 14>
    var_4 = &((var_2).position);
    var_5 = &((var_2).velocity);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_dt);
    var_9 = wp::load(var_4);
    var_8 = wp::add(var_9, var_6);
    var_2.position = var_8;
    // particles[tid] = p                                                                     <L 15>
    // wp::array_store(var_particles, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_particles, var_0, var_2, adj_particles, adj_0, adj_2);
    // adj: particles[tid] = p                                                                <L 15>
    adj_8 += adj_2.position;
    adj_2.position = {};
    wp::adj_add(var_9, var_6, adj_4, adj_6, adj_8);
    wp::adj_mul(var_7, var_dt, adj_5, adj_dt, adj_6);
    adj_2.velocity += adj_5;
    adj_2.position += adj_4;
    // adj: p.position += p.velocity * dt                                                     <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
    // adj: p = particles[tid]                                                                <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def step_particle_structs(particles: wp.array(dtype=Particle), dt: float):        <L 11>
    return;
}



struct step_particle_structs_c1d42098_cpu_block_payload_forward
{
    wp_args_step_particle_structs_c1d42098* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_particle_structs_c1d42098_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_particle_structs_c1d42098_cpu_block_payload_forward* payload = (step_particle_structs_c1d42098_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_particle_structs_c1d42098_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void step_particle_structs_c1d42098_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_c1d42098 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        step_particle_structs_c1d42098_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_particle_structs_c1d42098_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct step_particle_structs_c1d42098_cpu_block_payload_backward
{
    wp_args_step_particle_structs_c1d42098* args;
    wp_args_step_particle_structs_c1d42098* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_particle_structs_c1d42098_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_particle_structs_c1d42098_cpu_block_payload_backward* payload = (step_particle_structs_c1d42098_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_particle_structs_c1d42098_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void step_particle_structs_c1d42098_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_c1d42098 *_wp_args,
    wp_args_step_particle_structs_c1d42098 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        step_particle_structs_c1d42098_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_particle_structs_c1d42098_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

