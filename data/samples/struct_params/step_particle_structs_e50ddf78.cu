// Warp 1.19.0 cuda code for step_particle_structs_e50ddf78.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct Particle_77e83daf
{
    wp::vec_t<3, wp::float32> pos;
    wp::vec_t<3, wp::float32> vel;


    Particle_77e83daf() = default;
    CUDA_CALLABLE Particle_77e83daf(wp::vec_t<3, wp::float32> const& pos,
    wp::vec_t<3, wp::float32> const& vel = {})
        : pos{pos}
        , vel{vel}

    {
    }

    CUDA_CALLABLE Particle_77e83daf& operator += (const Particle_77e83daf& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_77e83daf(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_pos,
    wp::vec_t<3, wp::float32> & adj_vel,
    Particle_77e83daf & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_77e83daf add(const Particle_77e83daf& a, const Particle_77e83daf& b)
{
    return Particle_77e83daf();
}

CUDA_CALLABLE void adj_atomic_add(Particle_77e83daf* p, Particle_77e83daf t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
}





extern "C" __global__ void step_particle_structs_53810ed0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_77e83daf> var_particles,
    wp::float32 var_delta_time,
    wp::float32 var_kd)
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
        Particle_77e83daf* var_1;
        Particle_77e83daf var_2;
        Particle_77e83daf var_3;
        wp::vec_t<3, wp::float32>* var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
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
        // def step_particle_structs(particles: wp.array(dtype=Particle), delta_time: float, kd: float):       <L 11>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // p = particles[tid]                                                                     <L 14>
        var_1 = wp::address(var_particles, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p.vel = p.vel * (1.0 - kd * delta_time)                                                <L 15>
        var_4 = &((var_2).vel);
        var_6 = wp::mul(var_kd, var_delta_time);
        var_7 = wp::sub(var_5, var_6);
        var_9 = wp::load(var_4);
        var_8 = wp::mul(var_9, var_7);
        var_2.vel = var_8;
        // p.pos += p.vel * delta_time                                                            <L 16>
        var_10 = &((var_2).pos);
        var_11 = &((var_2).vel);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_delta_time);
        var_15 = wp::load(var_10);
        var_14 = wp::add(var_15, var_12);
        var_2.pos = var_14;
        // particles[tid] = p                                                                     <L 17>
        wp::array_store(var_particles, var_0, var_2);
    }
}



extern "C" __global__ void step_particle_structs_53810ed0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_77e83daf> var_particles,
    wp::float32 var_delta_time,
    wp::float32 var_kd,
    wp::array_t<Particle_77e83daf> adj_particles,
    wp::float32 adj_delta_time,
    wp::float32 adj_kd)
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
        Particle_77e83daf* var_1;
        Particle_77e83daf var_2;
        Particle_77e83daf var_3;
        wp::vec_t<3, wp::float32>* var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
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
        Particle_77e83daf adj_1 = {};
        Particle_77e83daf adj_2 = {};
        Particle_77e83daf adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
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
        // def step_particle_structs(particles: wp.array(dtype=Particle), delta_time: float, kd: float):       <L 11>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // p = particles[tid]                                                                     <L 14>
        var_1 = wp::address(var_particles, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p.vel = p.vel * (1.0 - kd * delta_time)                                                <L 15>
        var_4 = &((var_2).vel);
        var_6 = wp::mul(var_kd, var_delta_time);
        var_7 = wp::sub(var_5, var_6);
        var_9 = wp::load(var_4);
        var_8 = wp::mul(var_9, var_7);
        var_2.vel = var_8;
        // p.pos += p.vel * delta_time                                                            <L 16>
        var_10 = &((var_2).pos);
        var_11 = &((var_2).vel);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_delta_time);
        var_15 = wp::load(var_10);
        var_14 = wp::add(var_15, var_12);
        var_2.pos = var_14;
        // particles[tid] = p                                                                     <L 17>
        // wp::array_store(var_particles, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_particles, var_0, var_2, adj_particles, adj_0, adj_2);
        // adj: particles[tid] = p                                                                <L 17>
        adj_14 += adj_2.pos;
        adj_2.pos = {};
        wp::adj_add(var_15, var_12, adj_10, adj_12, adj_14);
        wp::adj_mul(var_13, var_delta_time, adj_11, adj_delta_time, adj_12);
        adj_2.vel += adj_11;
        adj_2.pos += adj_10;
        // adj: p.pos += p.vel * delta_time                                                       <L 16>
        adj_8 += adj_2.vel;
        adj_2.vel = {};
        wp::adj_mul(var_9, var_7, adj_4, adj_7, adj_8);
        wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_mul(var_kd, var_delta_time, adj_kd, adj_delta_time, adj_6);
        adj_2.vel += adj_4;
        // adj: p.vel = p.vel * (1.0 - kd * delta_time)                                           <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
        // adj: p = particles[tid]                                                                <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def step_particle_structs(particles: wp.array(dtype=Particle), delta_time: float, kd: float):  <L 11>
        continue;
    }
}

