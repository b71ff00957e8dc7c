// Warp 1.19.0 cuda code for gravity_step_6702cde1.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct StepParams_7fdb1442
{
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;


    StepParams_7fdb1442() = default;
    CUDA_CALLABLE StepParams_7fdb1442(wp::vec_t<3, wp::float32> const& gravity,
    wp::float32 const& dt = {})
        : gravity{gravity}
        , dt{dt}

    {
    }

    CUDA_CALLABLE StepParams_7fdb1442& operator += (const StepParams_7fdb1442& rhs)
    {    gravity += rhs.gravity;
    dt += rhs.dt;

        return *this;}

};

static CUDA_CALLABLE void adj_StepParams_7fdb1442(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_dt,
    StepParams_7fdb1442 & adj_ret)
{
    adj_gravity += adj_ret.gravity;
    adj_dt += adj_ret.dt;
}

// Required when compiling adjoints.
CUDA_CALLABLE StepParams_7fdb1442 add(const StepParams_7fdb1442& a, const StepParams_7fdb1442& b)
{
    return StepParams_7fdb1442();
}

CUDA_CALLABLE void adj_atomic_add(StepParams_7fdb1442* p, StepParams_7fdb1442 t)
{
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->dt, t.dt);
}





extern "C" __global__ void gravity_step_8af41a2b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    StepParams_7fdb1442 var_params,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_kd,
    wp::float32 var_delta_time,
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
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // forward
        // def gravity_step(                                                                      <L 11>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // state = particle_flags[tid]                                                            <L 21>
        var_1 = wp::address(var_particle_flags, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if tid >= item_count[0] or state == 0:                                                 <L 22>
        var_6 = wp::address(var_item_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = (var_0 >= var_8);
        var_4 = var_7;
        if (!var_4) {
            var_10 = (var_2 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // return                                                                             <L 23>
            continue;
        }
        // v = particle_v[tid]                                                                    <L 24>
        var_11 = wp::address(var_particle_v, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // vel = v * (1.0 - kd * delta_time)                                                      <L 25>
        var_15 = wp::mul(var_kd, var_delta_time);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::mul(var_12, var_16);
        // new_velocities[tid] = vel + params.dt * params.gravity                                 <L 26>
        var_18 = &((var_params).dt);
        var_19 = &((var_params).gravity);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_23 = wp::add(var_17, var_20);
        wp::array_store(var_new_velocities, var_0, var_23);
    }
}



extern "C" __global__ void gravity_step_8af41a2b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    StepParams_7fdb1442 var_params,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_kd,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    StepParams_7fdb1442 adj_params,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::float32 adj_kd,
    wp::float32 adj_delta_time,
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
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
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
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        //---------
        // forward
        // def gravity_step(                                                                      <L 11>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // state = particle_flags[tid]                                                            <L 21>
        var_1 = wp::address(var_particle_flags, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if tid >= item_count[0] or state == 0:                                                 <L 22>
        var_6 = wp::address(var_item_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = (var_0 >= var_8);
        var_4 = var_7;
        if (!var_4) {
            var_10 = (var_2 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // return                                                                             <L 23>
            goto label0;
        }
        // v = particle_v[tid]                                                                    <L 24>
        var_11 = wp::address(var_particle_v, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // vel = v * (1.0 - kd * delta_time)                                                      <L 25>
        var_15 = wp::mul(var_kd, var_delta_time);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::mul(var_12, var_16);
        // new_velocities[tid] = vel + params.dt * params.gravity                                 <L 26>
        var_18 = &((var_params).dt);
        var_19 = &((var_params).gravity);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_23 = wp::add(var_17, var_20);
        // wp::array_store(var_new_velocities, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_new_velocities, var_0, var_23, adj_new_velocities, adj_0, adj_23);
        wp::adj_add(var_17, var_20, adj_17, adj_20, adj_23);
        wp::adj_mul(var_21, var_22, adj_18, adj_19, adj_20);
        adj_params.gravity += adj_19;
        adj_params.dt += adj_18;
        // adj: new_velocities[tid] = vel + params.dt * params.gravity                            <L 26>
        wp::adj_mul(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_mul(var_kd, var_delta_time, adj_kd, adj_delta_time, adj_15);
        // adj: vel = v * (1.0 - kd * delta_time)                                                 <L 25>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_11);
        // adj: v = particle_v[tid]                                                               <L 24>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 23>
        }
        if (!var_4) {
        }
        wp::adj_address(var_item_count, var_5, adj_item_count, adj_5, adj_6);
        // adj: if tid >= item_count[0] or state == 0:                                            <L 22>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
        // adj: state = particle_flags[tid]                                                       <L 21>
        // adj: tid = wp.tid()                                                                    <L 20>
        // adj: def gravity_step(                                                                 <L 11>
        continue;
    }
}

