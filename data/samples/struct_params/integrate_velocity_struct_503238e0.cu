// Warp 1.19.0 cuda code for integrate_velocity_struct_503238e0.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct StepParams_3d67fd51
{
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;
    wp::float32 damping;


    StepParams_3d67fd51() = default;
    CUDA_CALLABLE StepParams_3d67fd51(wp::vec_t<3, wp::float32> const& gravity,
    wp::float32 const& dt = {},
    wp::float32 const& damping = {})
        : gravity{gravity}
        , dt{dt}
        , damping{damping}

    {
    }

    CUDA_CALLABLE StepParams_3d67fd51& operator += (const StepParams_3d67fd51& rhs)
    {    gravity += rhs.gravity;
    dt += rhs.dt;
    damping += rhs.damping;

        return *this;}

};

static CUDA_CALLABLE void adj_StepParams_3d67fd51(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_dt,
    wp::float32 & adj_damping,
    StepParams_3d67fd51 & adj_ret)
{
    adj_gravity += adj_ret.gravity;
    adj_dt += adj_ret.dt;
    adj_damping += adj_ret.damping;
}

// Required when compiling adjoints.
CUDA_CALLABLE StepParams_3d67fd51 add(const StepParams_3d67fd51& a, const StepParams_3d67fd51& b)
{
    return StepParams_3d67fd51();
}

CUDA_CALLABLE void adj_atomic_add(StepParams_3d67fd51* p, StepParams_3d67fd51 t)
{
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->damping, t.damping);
}





extern "C" __global__ void integrate_velocity_struct_34fcb047_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    StepParams_3d67fd51 var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_inv_masses,
    wp::float32 var_time_step,
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::float32* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // forward
        // def integrate_velocity_struct(                                                         <L 12>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // v = particle_v[tid]                                                                    <L 21>
        var_1 = wp::address(var_particle_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // vel = v + (forces[tid] * inv_masses[tid]) * time_step                                  <L 22>
        var_4 = wp::address(var_forces, var_0);
        var_5 = wp::address(var_inv_masses, var_0);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        var_9 = wp::mul(var_6, var_time_step);
        var_10 = wp::add(var_2, var_9);
        // new_velocities[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 23>
        var_11 = &((var_params).gravity);
        var_12 = &((var_params).dt);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::mul(var_14, var_15);
        var_16 = wp::add(var_10, var_13);
        var_18 = &((var_params).damping);
        var_19 = &((var_params).dt);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_23 = wp::sub(var_17, var_20);
        var_24 = wp::mul(var_16, var_23);
        wp::array_store(var_new_velocities, var_0, var_24);
    }
}



extern "C" __global__ void integrate_velocity_struct_34fcb047_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    StepParams_3d67fd51 var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_inv_masses,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    StepParams_3d67fd51 adj_params,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::float32 adj_time_step,
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::float32* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
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
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        //---------
        // forward
        // def integrate_velocity_struct(                                                         <L 12>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // v = particle_v[tid]                                                                    <L 21>
        var_1 = wp::address(var_particle_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // vel = v + (forces[tid] * inv_masses[tid]) * time_step                                  <L 22>
        var_4 = wp::address(var_forces, var_0);
        var_5 = wp::address(var_inv_masses, var_0);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        var_9 = wp::mul(var_6, var_time_step);
        var_10 = wp::add(var_2, var_9);
        // new_velocities[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 23>
        var_11 = &((var_params).gravity);
        var_12 = &((var_params).dt);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::mul(var_14, var_15);
        var_16 = wp::add(var_10, var_13);
        var_18 = &((var_params).damping);
        var_19 = &((var_params).dt);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_23 = wp::sub(var_17, var_20);
        var_24 = wp::mul(var_16, var_23);
        // wp::array_store(var_new_velocities, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_new_velocities, var_0, var_24, adj_new_velocities, adj_0, adj_24);
        wp::adj_mul(var_16, var_23, adj_16, adj_23, adj_24);
        wp::adj_sub(var_17, var_20, adj_17, adj_20, adj_23);
        wp::adj_mul(var_21, var_22, adj_18, adj_19, adj_20);
        adj_params.dt += adj_19;
        adj_params.damping += adj_18;
        wp::adj_add(var_10, var_13, adj_10, adj_13, adj_16);
        wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
        adj_params.dt += adj_12;
        adj_params.gravity += adj_11;
        // adj: new_velocities[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)  <L 23>
        wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
        wp::adj_mul(var_6, var_time_step, adj_6, adj_time_step, adj_9);
        wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
        wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_5);
        wp::adj_address(var_forces, var_0, adj_forces, adj_0, adj_4);
        // adj: vel = v + (forces[tid] * inv_masses[tid]) * time_step                             <L 22>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_1);
        // adj: v = particle_v[tid]                                                               <L 21>
        // adj: tid = wp.tid()                                                                    <L 20>
        // adj: def integrate_velocity_struct(                                                    <L 12>
        continue;
    }
}

