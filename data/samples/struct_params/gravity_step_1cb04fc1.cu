// Warp 1.19.0 cuda code for gravity_step_1cb04fc1.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct StepParams_9b7374d6
{
    wp::float32 dt;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 damping;


    StepParams_9b7374d6() = default;
    CUDA_CALLABLE StepParams_9b7374d6(wp::float32 const& dt,
    wp::vec_t<3, wp::float32> const& gravity = {},
    wp::float32 const& damping = {})
        : dt{dt}
        , gravity{gravity}
        , damping{damping}

    {
    }

    CUDA_CALLABLE StepParams_9b7374d6& operator += (const StepParams_9b7374d6& rhs)
    {    dt += rhs.dt;
    gravity += rhs.gravity;
    damping += rhs.damping;

        return *this;}

};

static CUDA_CALLABLE void adj_StepParams_9b7374d6(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_damping,
    StepParams_9b7374d6 & adj_ret)
{
    adj_dt += adj_ret.dt;
    adj_gravity += adj_ret.gravity;
    adj_damping += adj_ret.damping;
}

// Required when compiling adjoints.
CUDA_CALLABLE StepParams_9b7374d6 add(const StepParams_9b7374d6& a, const StepParams_9b7374d6& b)
{
    return StepParams_9b7374d6();
}

CUDA_CALLABLE void adj_atomic_add(StepParams_9b7374d6* p, StepParams_9b7374d6 t)
{
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->damping, t.damping);
}





extern "C" __global__ void gravity_step_14d614f4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    StepParams_9b7374d6 var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // forward
        // def gravity_step(                                                                      <L 12>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // vel = velocities[tid]                                                                  <L 18>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // velocities_out[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 19>
        var_4 = &((var_params).gravity);
        var_5 = &((var_params).dt);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        var_9 = wp::add(var_2, var_6);
        var_11 = &((var_params).damping);
        var_12 = &((var_params).dt);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::mul(var_14, var_15);
        var_16 = wp::sub(var_10, var_13);
        var_17 = wp::mul(var_9, var_16);
        wp::array_store(var_velocities_out, var_0, var_17);
    }
}



extern "C" __global__ void gravity_step_14d614f4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    StepParams_9b7374d6 var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out,
    StepParams_9b7374d6 adj_params,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities_out)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        //---------
        // forward
        // def gravity_step(                                                                      <L 12>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // vel = velocities[tid]                                                                  <L 18>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // velocities_out[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 19>
        var_4 = &((var_params).gravity);
        var_5 = &((var_params).dt);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        var_9 = wp::add(var_2, var_6);
        var_11 = &((var_params).damping);
        var_12 = &((var_params).dt);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::mul(var_14, var_15);
        var_16 = wp::sub(var_10, var_13);
        var_17 = wp::mul(var_9, var_16);
        // wp::array_store(var_velocities_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_velocities_out, var_0, var_17, adj_velocities_out, adj_0, adj_17);
        wp::adj_mul(var_9, var_16, adj_9, adj_16, adj_17);
        wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_16);
        wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
        adj_params.dt += adj_12;
        adj_params.damping += adj_11;
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_9);
        wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
        adj_params.dt += adj_5;
        adj_params.gravity += adj_4;
        // adj: velocities_out[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)  <L 19>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
        // adj: vel = velocities[tid]                                                             <L 18>
        // adj: tid = wp.tid()                                                                    <L 17>
        // adj: def gravity_step(                                                                 <L 12>
        continue;
    }
}

