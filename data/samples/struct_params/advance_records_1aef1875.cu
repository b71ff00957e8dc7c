// Warp 1.19.0 cuda code for advance_records_1aef1875.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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





extern "C" __global__ void advance_records_d6826741_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_93e34dd2> var_particles,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_flags,
    wp::float32 var_time_step,
    wp::float32 var_drag)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        bool var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        bool var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        Particle_93e34dd2* var_11;
        Particle_93e34dd2 var_12;
        Particle_93e34dd2 var_13;
        wp::vec_t<3, wp::float32>* var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        Particle_93e34dd2* var_20;
        Particle_93e34dd2* var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        Particle_93e34dd2* var_26;
        //---------
        // forward
        // def advance_records(                                                                   <L 11>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // flag = flags[tid]                                                                      <L 19>
        var_1 = wp::address(var_flags, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if tid >= active_count[0] or flag == 0:                                                <L 20>
        var_6 = wp::address(var_active_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = (var_0 >= var_8);
        var_4 = var_7;
        if (!var_4) {
            var_10 = (var_2 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // return                                                                             <L 21>
            continue;
        }
        // p = particles[tid]                                                                     <L 22>
        var_11 = wp::address(var_particles, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // vel = p.v * (1.0 - drag * time_step)                                                   <L 23>
        var_14 = &((var_12).v);
        var_16 = wp::mul(var_drag, var_time_step);
        var_17 = wp::sub(var_15, var_16);
        var_19 = wp::load(var_14);
        var_18 = wp::mul(var_19, var_17);
        // particles[tid].v = vel                                                                 <L 24>
        var_20 = &(wp::index(var_particles, var_0));
        wp::store(&(wp::index(var_particles, var_0).v), var_18);
        // particles[tid].x = particles[tid].x + vel * time_step                                  <L 25>
        var_21 = wp::address(var_particles, var_0);
        var_22 = &(((*wp::address(var_particles, var_0))).x);
        var_23 = wp::mul(var_18, var_time_step);
        var_25 = wp::load(var_22);
        var_24 = wp::add(var_25, var_23);
        var_26 = &(wp::index(var_particles, var_0));
        wp::store(&(wp::index(var_particles, var_0).x), var_24);
    }
}



extern "C" __global__ void advance_records_d6826741_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_93e34dd2> var_particles,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_flags,
    wp::float32 var_time_step,
    wp::float32 var_drag,
    wp::array_t<Particle_93e34dd2> adj_particles,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::int32> adj_flags,
    wp::float32 adj_time_step,
    wp::float32 adj_drag)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        bool var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        bool var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        Particle_93e34dd2* var_11;
        Particle_93e34dd2 var_12;
        Particle_93e34dd2 var_13;
        wp::vec_t<3, wp::float32>* var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        Particle_93e34dd2* var_20;
        Particle_93e34dd2* var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        Particle_93e34dd2* var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        Particle_93e34dd2 adj_11 = {};
        Particle_93e34dd2 adj_12 = {};
        Particle_93e34dd2 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        Particle_93e34dd2 adj_20 = {};
        Particle_93e34dd2 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        Particle_93e34dd2 adj_26 = {};
        //---------
        // forward
        // def advance_records(                                                                   <L 11>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // flag = flags[tid]                                                                      <L 19>
        var_1 = wp::address(var_flags, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if tid >= active_count[0] or flag == 0:                                                <L 20>
        var_6 = wp::address(var_active_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = (var_0 >= var_8);
        var_4 = var_7;
        if (!var_4) {
            var_10 = (var_2 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // return                                                                             <L 21>
            goto label0;
        }
        // p = particles[tid]                                                                     <L 22>
        var_11 = wp::address(var_particles, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // vel = p.v * (1.0 - drag * time_step)                                                   <L 23>
        var_14 = &((var_12).v);
        var_16 = wp::mul(var_drag, var_time_step);
        var_17 = wp::sub(var_15, var_16);
        var_19 = wp::load(var_14);
        var_18 = wp::mul(var_19, var_17);
        // particles[tid].v = vel                                                                 <L 24>
        var_20 = &(wp::index(var_particles, var_0));
        // wp::store(&(wp::index(var_particles, var_0).v), var_18);
        // particles[tid].x = particles[tid].x + vel * time_step                                  <L 25>
        var_21 = wp::address(var_particles, var_0);
        var_22 = &(((*wp::address(var_particles, var_0))).x);
        var_23 = wp::mul(var_18, var_time_step);
        var_25 = wp::load(var_22);
        var_24 = wp::add(var_25, var_23);
        var_26 = &(wp::index(var_particles, var_0));
        // wp::store(&(wp::index(var_particles, var_0).x), var_24);
        //---------
        // reverse
        wp::adj_array_store_slot(var_particles, adj_particles, adj_24, [&](auto& _e) -> auto& { return _e.x; }, var_0);
        wp::adj_add(var_25, var_23, adj_22, adj_23, adj_24);
        wp::adj_mul(var_18, var_time_step, adj_18, adj_time_step, adj_23);
        adj_21.x += adj_22;
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_21);
        // adj: particles[tid].x = particles[tid].x + vel * time_step                             <L 25>
        wp::adj_array_store_slot(var_particles, adj_particles, adj_18, [&](auto& _e) -> auto& { return _e.v; }, var_0);
        // adj: particles[tid].v = vel                                                            <L 24>
        wp::adj_mul(var_19, var_17, adj_14, adj_17, adj_18);
        wp::adj_sub(var_15, var_16, adj_15, adj_16, adj_17);
        wp::adj_mul(var_drag, var_time_step, adj_drag, adj_time_step, adj_16);
        adj_12.v += adj_14;
        // adj: vel = p.v * (1.0 - drag * time_step)                                              <L 23>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_11);
        // adj: p = particles[tid]                                                                <L 22>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 21>
        }
        if (!var_4) {
        }
        wp::adj_address(var_active_count, var_5, adj_active_count, adj_5, adj_6);
        // adj: if tid >= active_count[0] or flag == 0:                                           <L 20>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
        // adj: flag = flags[tid]                                                                 <L 19>
        // adj: tid = wp.tid()                                                                    <L 18>
        // adj: def advance_records(                                                              <L 11>
        continue;
    }
}

