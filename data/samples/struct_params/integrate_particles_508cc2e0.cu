// Warp 1.19.0 cuda code for integrate_particles_508cc2e0.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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





extern "C" __global__ void integrate_particles_406425bc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_77e83daf> var_particles,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a,
    wp::float32 var_dt)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        Particle_77e83daf* var_8;
        Particle_77e83daf var_9;
        Particle_77e83daf var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        Particle_77e83daf* var_15;
        Particle_77e83daf* var_16;
        wp::vec_t<3, wp::float32>* var_17;
        Particle_77e83daf* var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        Particle_77e83daf* var_24;
        //---------
        // forward
        // def integrate_particles(                                                               <L 11>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0]:                                                               <L 18>
        var_2 = wp::address(var_num_active, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 19>
            continue;
        }
        // a = particle_a[tid]                                                                    <L 20>
        var_5 = wp::address(var_particle_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // p = particles[tid]                                                                     <L 21>
        var_8 = wp::address(var_particles, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // particles[tid].vel = p.vel + a * dt                                                    <L 22>
        var_11 = &((var_9).vel);
        var_12 = wp::mul(var_6, var_dt);
        var_14 = wp::load(var_11);
        var_13 = wp::add(var_14, var_12);
        var_15 = &(wp::index(var_particles, var_0));
        wp::store(&(wp::index(var_particles, var_0).vel), var_13);
        // particles[tid].pos = particles[tid].pos + particles[tid].vel * dt                      <L 23>
        var_16 = wp::address(var_particles, var_0);
        var_17 = &(((*wp::address(var_particles, var_0))).pos);
        var_18 = wp::address(var_particles, var_0);
        var_19 = &(((*wp::address(var_particles, var_0))).vel);
        var_21 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_dt);
        var_23 = wp::load(var_17);
        var_22 = wp::add(var_23, var_20);
        var_24 = &(wp::index(var_particles, var_0));
        wp::store(&(wp::index(var_particles, var_0).pos), var_22);
    }
}



extern "C" __global__ void integrate_particles_406425bc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_77e83daf> var_particles,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a,
    wp::float32 var_dt,
    wp::array_t<Particle_77e83daf> adj_particles,
    wp::array_t<wp::int32> adj_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_a,
    wp::float32 adj_dt)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        Particle_77e83daf* var_8;
        Particle_77e83daf var_9;
        Particle_77e83daf var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        Particle_77e83daf* var_15;
        Particle_77e83daf* var_16;
        wp::vec_t<3, wp::float32>* var_17;
        Particle_77e83daf* var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        Particle_77e83daf* var_24;
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
        Particle_77e83daf adj_8 = {};
        Particle_77e83daf adj_9 = {};
        Particle_77e83daf adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        Particle_77e83daf adj_15 = {};
        Particle_77e83daf adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        Particle_77e83daf adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        Particle_77e83daf adj_24 = {};
        //---------
        // forward
        // def integrate_particles(                                                               <L 11>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0]:                                                               <L 18>
        var_2 = wp::address(var_num_active, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 19>
            goto label0;
        }
        // a = particle_a[tid]                                                                    <L 20>
        var_5 = wp::address(var_particle_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // p = particles[tid]                                                                     <L 21>
        var_8 = wp::address(var_particles, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // particles[tid].vel = p.vel + a * dt                                                    <L 22>
        var_11 = &((var_9).vel);
        var_12 = wp::mul(var_6, var_dt);
        var_14 = wp::load(var_11);
        var_13 = wp::add(var_14, var_12);
        var_15 = &(wp::index(var_particles, var_0));
        // wp::store(&(wp::index(var_particles, var_0).vel), var_13);
        // particles[tid].pos = particles[tid].pos + particles[tid].vel * dt                      <L 23>
        var_16 = wp::address(var_particles, var_0);
        var_17 = &(((*wp::address(var_particles, var_0))).pos);
        var_18 = wp::address(var_particles, var_0);
        var_19 = &(((*wp::address(var_particles, var_0))).vel);
        var_21 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_dt);
        var_23 = wp::load(var_17);
        var_22 = wp::add(var_23, var_20);
        var_24 = &(wp::index(var_particles, var_0));
        // wp::store(&(wp::index(var_particles, var_0).pos), var_22);
        //---------
        // reverse
        wp::adj_array_store_slot(var_particles, adj_particles, adj_22, [&](auto& _e) -> auto& { return _e.pos; }, var_0);
        wp::adj_add(var_23, var_20, adj_17, adj_20, adj_22);
        wp::adj_mul(var_21, var_dt, adj_19, adj_dt, adj_20);
        adj_18.vel += adj_19;
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_18);
        adj_16.pos += adj_17;
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_16);
        // adj: particles[tid].pos = particles[tid].pos + particles[tid].vel * dt                 <L 23>
        wp::adj_array_store_slot(var_particles, adj_particles, adj_13, [&](auto& _e) -> auto& { return _e.vel; }, var_0);
        wp::adj_add(var_14, var_12, adj_11, adj_12, adj_13);
        wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_12);
        adj_9.vel += adj_11;
        // adj: particles[tid].vel = p.vel + a * dt                                               <L 22>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_8);
        // adj: p = particles[tid]                                                                <L 21>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_particle_a, var_0, adj_particle_a, adj_0, adj_5);
        // adj: a = particle_a[tid]                                                               <L 20>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 19>
        }
        wp::adj_address(var_num_active, var_1, adj_num_active, adj_1, adj_2);
        // adj: if tid >= num_active[0]:                                                          <L 18>
        // adj: tid = wp.tid()                                                                    <L 17>
        // adj: def integrate_particles(                                                          <L 11>
        continue;
    }
}

