// Warp 1.19.0 cuda code for step_particle_structs_c9dfb2eb.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct Particle_aa724ad1
{
    wp::vec_t<2, wp::float32> x;
    wp::vec_t<2, wp::float32> v;


    Particle_aa724ad1() = default;
    CUDA_CALLABLE Particle_aa724ad1(wp::vec_t<2, wp::float32> const& x,
    wp::vec_t<2, wp::float32> const& v = {})
        : x{x}
        , v{v}

    {
    }

    CUDA_CALLABLE Particle_aa724ad1& operator += (const Particle_aa724ad1& rhs)
    {    x += rhs.x;
    v += rhs.v;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_aa724ad1(wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> & adj_x,
    wp::vec_t<2, wp::float32> & adj_v,
    Particle_aa724ad1 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_v += adj_ret.v;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_aa724ad1 add(const Particle_aa724ad1& a, const Particle_aa724ad1& b)
{
    return Particle_aa724ad1();
}

CUDA_CALLABLE void adj_atomic_add(Particle_aa724ad1* p, Particle_aa724ad1 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->v, t.v);
}





extern "C" __global__ void step_particle_structs_712e2100_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_aa724ad1> var_particles,
    wp::float32 var_delta_time,
    wp::float32 var_damping)
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
        Particle_aa724ad1* var_1;
        Particle_aa724ad1 var_2;
        Particle_aa724ad1 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32>* var_10;
        wp::vec_t<2, wp::float32>* var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        //---------
        // forward
        // def step_particle_structs(particles: wp.array(dtype=Particle), delta_time: float, damping: float):       <L 11>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // p = particles[tid]                                                                     <L 13>
        var_1 = wp::address(var_particles, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p.v = p.v * (1.0 - damping * delta_time)                                               <L 14>
        var_4 = &((var_2).v);
        var_6 = wp::mul(var_damping, var_delta_time);
        var_7 = wp::sub(var_5, var_6);
        var_9 = wp::load(var_4);
        var_8 = wp::mul(var_9, var_7);
        var_2.v = var_8;
        // p.x += p.v * delta_time                                                                <L 15>
        var_10 = &((var_2).x);
        var_11 = &((var_2).v);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_delta_time);
        var_15 = wp::load(var_10);
        var_14 = wp::add(var_15, var_12);
        var_2.x = var_14;
        // particles[tid] = p                                                                     <L 16>
        wp::array_store(var_particles, var_0, var_2);
    }
}



extern "C" __global__ void step_particle_structs_712e2100_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_aa724ad1> var_particles,
    wp::float32 var_delta_time,
    wp::float32 var_damping,
    wp::array_t<Particle_aa724ad1> adj_particles,
    wp::float32 adj_delta_time,
    wp::float32 adj_damping)
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
        Particle_aa724ad1* var_1;
        Particle_aa724ad1 var_2;
        Particle_aa724ad1 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32>* var_10;
        wp::vec_t<2, wp::float32>* var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Particle_aa724ad1 adj_1 = {};
        Particle_aa724ad1 adj_2 = {};
        Particle_aa724ad1 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        //---------
        // forward
        // def step_particle_structs(particles: wp.array(dtype=Particle), delta_time: float, damping: float):       <L 11>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // p = particles[tid]                                                                     <L 13>
        var_1 = wp::address(var_particles, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p.v = p.v * (1.0 - damping * delta_time)                                               <L 14>
        var_4 = &((var_2).v);
        var_6 = wp::mul(var_damping, var_delta_time);
        var_7 = wp::sub(var_5, var_6);
        var_9 = wp::load(var_4);
        var_8 = wp::mul(var_9, var_7);
        var_2.v = var_8;
        // p.x += p.v * delta_time                                                                <L 15>
        var_10 = &((var_2).x);
        var_11 = &((var_2).v);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_delta_time);
        var_15 = wp::load(var_10);
        var_14 = wp::add(var_15, var_12);
        var_2.x = var_14;
        // particles[tid] = p                                                                     <L 16>
        // wp::array_store(var_particles, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_particles, var_0, var_2, adj_particles, adj_0, adj_2);
        // adj: particles[tid] = p                                                                <L 16>
        adj_14 += adj_2.x;
        adj_2.x = {};
        wp::adj_add(var_15, var_12, adj_10, adj_12, adj_14);
        wp::adj_mul(var_13, var_delta_time, adj_11, adj_delta_time, adj_12);
        adj_2.v += adj_11;
        adj_2.x += adj_10;
        // adj: p.x += p.v * delta_time                                                           <L 15>
        adj_8 += adj_2.v;
        adj_2.v = {};
        wp::adj_mul(var_9, var_7, adj_4, adj_7, adj_8);
        wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_mul(var_damping, var_delta_time, adj_damping, adj_delta_time, adj_6);
        adj_2.v += adj_4;
        // adj: p.v = p.v * (1.0 - damping * delta_time)                                          <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
        // adj: p = particles[tid]                                                                <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def step_particle_structs(particles: wp.array(dtype=Particle), delta_time: float, damping: float):  <L 11>
        continue;
    }
}

