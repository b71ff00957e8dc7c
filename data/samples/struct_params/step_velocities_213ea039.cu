// Warp 1.19.0 cuda code for step_velocities_213ea039.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct StepParams_1a2e1367
{
    wp::float32 dt;
    wp::vec_t<3, wp::float32> gravity;


    StepParams_1a2e1367() = default;
    CUDA_CALLABLE StepParams_1a2e1367(wp::float32 const& dt,
    wp::vec_t<3, wp::float32> const& gravity = {})
        : dt{dt}
        , gravity{gravity}

    {
    }

    CUDA_CALLABLE StepParams_1a2e1367& operator += (const StepParams_1a2e1367& rhs)
    {    dt += rhs.dt;
    gravity += rhs.gravity;

        return *this;}

};

static CUDA_CALLABLE void adj_StepParams_1a2e1367(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_gravity,
    StepParams_1a2e1367 & adj_ret)
{
    adj_dt += adj_ret.dt;
    adj_gravity += adj_ret.gravity;
}

// Required when compiling adjoints.
CUDA_CALLABLE StepParams_1a2e1367 add(const StepParams_1a2e1367& a, const StepParams_1a2e1367& b)
{
    return StepParams_1a2e1367();
}

CUDA_CALLABLE void adj_atomic_add(StepParams_1a2e1367* p, StepParams_1a2e1367 t)
{
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->gravity, t.gravity);
}





extern "C" __global__ void step_velocities_dfa91eea_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    StepParams_1a2e1367 var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_drag,
    wp::float32 var_sim_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::float32* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // forward
        // def step_velocities(                                                                   <L 11>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // vel = v[tid]                                                                           <L 20>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v_new = vel * (1.0 - drag * sim_dt)                                                    <L 21>
        var_5 = wp::mul(var_drag, var_sim_dt);
        var_6 = wp::sub(var_4, var_5);
        var_7 = wp::mul(var_2, var_6);
        // new_velocities[tid] = v_new + params.gravity * params.dt                               <L 22>
        var_8 = &((var_params).gravity);
        var_9 = &((var_params).dt);
        var_11 = wp::load(var_8);
        var_12 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_12);
        var_13 = wp::add(var_7, var_10);
        wp::array_store(var_new_velocities, var_0, var_13);
    }
}



extern "C" __global__ void step_velocities_dfa91eea_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    StepParams_1a2e1367 var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_drag,
    wp::float32 var_sim_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    StepParams_1a2e1367 adj_params,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::float32 adj_drag,
    wp::float32 adj_sim_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::float32* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def step_velocities(                                                                   <L 11>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // vel = v[tid]                                                                           <L 20>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v_new = vel * (1.0 - drag * sim_dt)                                                    <L 21>
        var_5 = wp::mul(var_drag, var_sim_dt);
        var_6 = wp::sub(var_4, var_5);
        var_7 = wp::mul(var_2, var_6);
        // new_velocities[tid] = v_new + params.gravity * params.dt                               <L 22>
        var_8 = &((var_params).gravity);
        var_9 = &((var_params).dt);
        var_11 = wp::load(var_8);
        var_12 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_12);
        var_13 = wp::add(var_7, var_10);
        // wp::array_store(var_new_velocities, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_new_velocities, var_0, var_13, adj_new_velocities, adj_0, adj_13);
        wp::adj_add(var_7, var_10, adj_7, adj_10, adj_13);
        wp::adj_mul(var_11, var_12, adj_8, adj_9, adj_10);
        adj_params.dt += adj_9;
        adj_params.gravity += adj_8;
        // adj: new_velocities[tid] = v_new + params.gravity * params.dt                          <L 22>
        wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_sub(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_mul(var_drag, var_sim_dt, adj_drag, adj_sim_dt, adj_5);
        // adj: v_new = vel * (1.0 - drag * sim_dt)                                               <L 21>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: vel = v[tid]                                                                      <L 20>
        // adj: tid = wp.tid()                                                                    <L 19>
        // adj: def step_velocities(                                                              <L 11>
        continue;
    }
}

