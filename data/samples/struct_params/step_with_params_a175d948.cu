// Warp 1.19.0 cuda code for step_with_params_a175d948.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct SimParams_d0e258af
{
    wp::float32 dt;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 time_scale;
    wp::int32 paused;


    SimParams_d0e258af() = default;
    CUDA_CALLABLE SimParams_d0e258af(wp::float32 const& dt,
    wp::vec_t<3, wp::float32> const& gravity = {},
    wp::float32 const& time_scale = {},
    wp::int32 const& paused = {})
        : dt{dt}
        , gravity{gravity}
        , time_scale{time_scale}
        , paused{paused}

    {
    }

    CUDA_CALLABLE SimParams_d0e258af& operator += (const SimParams_d0e258af& rhs)
    {    dt += rhs.dt;
    gravity += rhs.gravity;
    time_scale += rhs.time_scale;
    paused += rhs.paused;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_d0e258af(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_time_scale,
    wp::int32 & adj_paused,
    SimParams_d0e258af & adj_ret)
{
    adj_dt += adj_ret.dt;
    adj_gravity += adj_ret.gravity;
    adj_time_scale += adj_ret.time_scale;
    adj_paused += adj_ret.paused;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_d0e258af add(const SimParams_d0e258af& a, const SimParams_d0e258af& b)
{
    return SimParams_d0e258af();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_d0e258af* p, SimParams_d0e258af t)
{
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->time_scale, t.time_scale);
    wp::adj_atomic_add(&p->paused, t.paused);
}





extern "C" __global__ void step_with_params_6fafcf09_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    SimParams_d0e258af var_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // forward
        // def step_with_params(sim: SimParams, vel: wp.array[wp.vec3]):                          <L 13>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if sim.paused != 0:                                                                    <L 15>
        var_1 = &((var_sim).paused);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 16>
            continue;
        }
        // v = vel[tid]                                                                           <L 17>
        var_5 = wp::address(var_vel, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // v = v + sim.gravity * (sim.dt * sim.time_scale)                                        <L 18>
        var_8 = &((var_sim).gravity);
        var_9 = &((var_sim).dt);
        var_10 = &((var_sim).time_scale);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::mul(var_12, var_13);
        var_15 = wp::load(var_8);
        var_14 = wp::mul(var_15, var_11);
        var_16 = wp::add(var_6, var_14);
        // vel[tid] = v                                                                           <L 19>
        wp::array_store(var_vel, var_0, var_16);
    }
}



extern "C" __global__ void step_with_params_6fafcf09_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    SimParams_d0e258af var_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    SimParams_d0e258af adj_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
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
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        //---------
        // forward
        // def step_with_params(sim: SimParams, vel: wp.array[wp.vec3]):                          <L 13>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if sim.paused != 0:                                                                    <L 15>
        var_1 = &((var_sim).paused);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 16>
            goto label0;
        }
        // v = vel[tid]                                                                           <L 17>
        var_5 = wp::address(var_vel, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // v = v + sim.gravity * (sim.dt * sim.time_scale)                                        <L 18>
        var_8 = &((var_sim).gravity);
        var_9 = &((var_sim).dt);
        var_10 = &((var_sim).time_scale);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::mul(var_12, var_13);
        var_15 = wp::load(var_8);
        var_14 = wp::mul(var_15, var_11);
        var_16 = wp::add(var_6, var_14);
        // vel[tid] = v                                                                           <L 19>
        // wp::array_store(var_vel, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_vel, var_0, var_16, adj_vel, adj_0, adj_16);
        // adj: vel[tid] = v                                                                      <L 19>
        wp::adj_add(var_6, var_14, adj_6, adj_14, adj_16);
        wp::adj_mul(var_15, var_11, adj_8, adj_11, adj_14);
        wp::adj_mul(var_12, var_13, adj_9, adj_10, adj_11);
        adj_sim.time_scale += adj_10;
        adj_sim.dt += adj_9;
        adj_sim.gravity += adj_8;
        // adj: v = v + sim.gravity * (sim.dt * sim.time_scale)                                   <L 18>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_5);
        // adj: v = vel[tid]                                                                      <L 17>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        adj_sim.paused = adj_1;
        // adj: if sim.paused != 0:                                                               <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def step_with_params(sim: SimParams, vel: wp.array[wp.vec3]):                     <L 13>
        continue;
    }
}

