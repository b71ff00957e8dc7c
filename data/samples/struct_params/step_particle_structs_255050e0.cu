// Warp 1.19.0 cuda code for step_particle_structs_255050e0.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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





extern "C" __global__ void step_particle_structs_c1d42098_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_a828c80f> var_particles,
    wp::float32 var_dt)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

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



extern "C" __global__ void step_particle_structs_c1d42098_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_a828c80f> var_particles,
    wp::float32 var_dt,
    wp::array_t<Particle_a828c80f> adj_particles,
    wp::float32 adj_dt)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

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

