// Warp 1.19.0 cuda code for update_particles_d774e193.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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





extern "C" __global__ void update_particles_cf618e3f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_b8887c14> var_particles,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        Particle_b8887c14* var_1;
        Particle_b8887c14 var_2;
        Particle_b8887c14 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // forward
        // def update_particles(                                                                  <L 11>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // p = particles[tid]                                                                     <L 17>
        var_1 = wp::address(var_particles, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p.velocity = p.velocity + particle_a[tid] * dt                                         <L 18>
        var_4 = &((var_2).velocity);
        var_5 = wp::address(var_particle_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_dt);
        var_9 = wp::load(var_4);
        var_8 = wp::add(var_9, var_6);
        var_2.velocity = var_8;
        // p.position = p.position + p.velocity * dt                                              <L 19>
        var_10 = &((var_2).position);
        var_11 = &((var_2).velocity);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_dt);
        var_15 = wp::load(var_10);
        var_14 = wp::add(var_15, var_12);
        var_2.position = var_14;
        // particles[tid] = p                                                                     <L 20>
        wp::array_store(var_particles, var_0, var_2);
    }
}



extern "C" __global__ void update_particles_cf618e3f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_b8887c14> var_particles,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a,
    wp::array_t<Particle_b8887c14> adj_particles,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_a)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        Particle_b8887c14* var_1;
        Particle_b8887c14 var_2;
        Particle_b8887c14 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Particle_b8887c14 adj_1 = {};
        Particle_b8887c14 adj_2 = {};
        Particle_b8887c14 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        //---------
        // forward
        // def update_particles(                                                                  <L 11>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // p = particles[tid]                                                                     <L 17>
        var_1 = wp::address(var_particles, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p.velocity = p.velocity + particle_a[tid] * dt                                         <L 18>
        var_4 = &((var_2).velocity);
        var_5 = wp::address(var_particle_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_dt);
        var_9 = wp::load(var_4);
        var_8 = wp::add(var_9, var_6);
        var_2.velocity = var_8;
        // p.position = p.position + p.velocity * dt                                              <L 19>
        var_10 = &((var_2).position);
        var_11 = &((var_2).velocity);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_dt);
        var_15 = wp::load(var_10);
        var_14 = wp::add(var_15, var_12);
        var_2.position = var_14;
        // particles[tid] = p                                                                     <L 20>
        // wp::array_store(var_particles, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_particles, var_0, var_2, adj_particles, adj_0, adj_2);
        // adj: particles[tid] = p                                                                <L 20>
        adj_14 += adj_2.position;
        adj_2.position = {};
        wp::adj_add(var_15, var_12, adj_10, adj_12, adj_14);
        wp::adj_mul(var_13, var_dt, adj_11, adj_dt, adj_12);
        adj_2.velocity += adj_11;
        adj_2.position += adj_10;
        // adj: p.position = p.position + p.velocity * dt                                         <L 19>
        adj_8 += adj_2.velocity;
        adj_2.velocity = {};
        wp::adj_add(var_9, var_6, adj_4, adj_6, adj_8);
        wp::adj_mul(var_7, var_dt, adj_5, adj_dt, adj_6);
        wp::adj_address(var_particle_a, var_0, adj_particle_a, adj_0, adj_5);
        adj_2.velocity += adj_4;
        // adj: p.velocity = p.velocity + particle_a[tid] * dt                                    <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
        // adj: p = particles[tid]                                                                <L 17>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def update_particles(                                                             <L 11>
        continue;
    }
}

