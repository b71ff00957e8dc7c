// Warp 1.19.0 cuda code for update_particles_f44cbddc.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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





extern "C" __global__ void update_particles_7fc80fdc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_7344bc81> var_particles,
    wp::float32 var_time_step,
    wp::array_t<wp::int32> var_active_count)
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
            continue;
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
}



extern "C" __global__ void update_particles_7fc80fdc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_7344bc81> var_particles,
    wp::float32 var_time_step,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<Particle_7344bc81> adj_particles,
    wp::float32 adj_time_step,
    wp::array_t<wp::int32> adj_active_count)
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
        continue;
    }
}

