// Warp 1.19.0 cuda code for step_with_params_bd142c2c.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct SimParams_99354c16
{
    wp::float32 dt;
    wp::float32 damping;
    wp::float32 ground_height;


    SimParams_99354c16() = default;
    CUDA_CALLABLE SimParams_99354c16(wp::float32 const& dt,
    wp::float32 const& damping = {},
    wp::float32 const& ground_height = {})
        : dt{dt}
        , damping{damping}
        , ground_height{ground_height}

    {
    }

    CUDA_CALLABLE SimParams_99354c16& operator += (const SimParams_99354c16& rhs)
    {    dt += rhs.dt;
    damping += rhs.damping;
    ground_height += rhs.ground_height;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_99354c16(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_dt,
    wp::float32 & adj_damping,
    wp::float32 & adj_ground_height,
    SimParams_99354c16 & adj_ret)
{
    adj_dt += adj_ret.dt;
    adj_damping += adj_ret.damping;
    adj_ground_height += adj_ret.ground_height;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_99354c16 add(const SimParams_99354c16& a, const SimParams_99354c16& b)
{
    return SimParams_99354c16();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_99354c16* p, SimParams_99354c16 t)
{
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->ground_height, t.ground_height);
}





extern "C" __global__ void step_with_params_9acefbc5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    SimParams_99354c16 var_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions)
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
        wp::float32* var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::float32* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        wp::float32* var_20;
        bool var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        //---------
        // forward
        // def step_with_params(sim: SimParams, velocities: wp.array[wp.vec3], positions: wp.array[wp.vec3]):       <L 12>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // v = velocities[tid]                                                                    <L 14>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = v * (1.0 - sim.damping * sim.dt)                                                   <L 15>
        var_5 = &((var_sim).damping);
        var_6 = &((var_sim).dt);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = wp::mul(var_8, var_9);
        var_10 = wp::sub(var_4, var_7);
        var_11 = wp::mul(var_2, var_10);
        // velocities[tid] = v                                                                    <L 16>
        wp::array_store(var_velocities, var_0, var_11);
        // x = positions[tid] + v * sim.dt                                                        <L 17>
        var_12 = wp::address(var_positions, var_0);
        var_13 = &((var_sim).dt);
        var_15 = wp::load(var_13);
        var_14 = wp::mul(var_11, var_15);
        var_17 = wp::load(var_12);
        var_16 = wp::add(var_17, var_14);
        // if x[1] < sim.ground_height:                                                           <L 18>
        var_19 = wp::extract(var_16, var_18);
        var_20 = &((var_sim).ground_height);
        var_22 = wp::load(var_20);
        var_21 = (var_19 < var_22);
        if (var_21) {
            // x[1] = sim.ground_height                                                           <L 19>
            var_23 = &((var_sim).ground_height);
            var_25 = wp::load(var_23);
            var_24 = wp::copy(var_25);
            wp::assign_inplace(var_16, var_26, var_24);
        }
        // positions[tid] = x                                                                     <L 20>
        wp::array_store(var_positions, var_0, var_16);
    }
}



extern "C" __global__ void step_with_params_9acefbc5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    SimParams_99354c16 var_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    SimParams_99354c16 adj_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions)
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
        wp::float32* var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::float32* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        wp::float32* var_20;
        bool var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        //---------
        // forward
        // def step_with_params(sim: SimParams, velocities: wp.array[wp.vec3], positions: wp.array[wp.vec3]):       <L 12>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // v = velocities[tid]                                                                    <L 14>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = v * (1.0 - sim.damping * sim.dt)                                                   <L 15>
        var_5 = &((var_sim).damping);
        var_6 = &((var_sim).dt);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = wp::mul(var_8, var_9);
        var_10 = wp::sub(var_4, var_7);
        var_11 = wp::mul(var_2, var_10);
        // velocities[tid] = v                                                                    <L 16>
        // wp::array_store(var_velocities, var_0, var_11);
        // x = positions[tid] + v * sim.dt                                                        <L 17>
        var_12 = wp::address(var_positions, var_0);
        var_13 = &((var_sim).dt);
        var_15 = wp::load(var_13);
        var_14 = wp::mul(var_11, var_15);
        var_17 = wp::load(var_12);
        var_16 = wp::add(var_17, var_14);
        // if x[1] < sim.ground_height:                                                           <L 18>
        var_19 = wp::extract(var_16, var_18);
        var_20 = &((var_sim).ground_height);
        var_22 = wp::load(var_20);
        var_21 = (var_19 < var_22);
        if (var_21) {
            // x[1] = sim.ground_height                                                           <L 19>
            var_23 = &((var_sim).ground_height);
            var_25 = wp::load(var_23);
            var_24 = wp::copy(var_25);
            wp::assign_inplace(var_16, var_26, var_24);
        }
        // positions[tid] = x                                                                     <L 20>
        // wp::array_store(var_positions, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_positions, var_0, var_16, adj_positions, adj_0, adj_16);
        // adj: positions[tid] = x                                                                <L 20>
        if (var_21) {
            wp::adj_assign_inplace(var_16, var_26, var_24, adj_16, adj_26, adj_24);
            wp::adj_copy(var_25, adj_23, adj_24);
            adj_sim.ground_height += adj_23;
            // adj: x[1] = sim.ground_height                                                      <L 19>
        }
        adj_sim.ground_height += adj_20;
        wp::adj_extract(var_16, var_18, adj_16, adj_18, adj_19);
        // adj: if x[1] < sim.ground_height:                                                      <L 18>
        wp::adj_add(var_17, var_14, adj_12, adj_14, adj_16);
        wp::adj_mul(var_11, var_15, adj_11, adj_13, adj_14);
        adj_sim.dt += adj_13;
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_12);
        // adj: x = positions[tid] + v * sim.dt                                                   <L 17>
        wp::adj_array_store(var_velocities, var_0, var_11, adj_velocities, adj_0, adj_11);
        // adj: velocities[tid] = v                                                               <L 16>
        wp::adj_mul(var_2, var_10, adj_2, adj_10, adj_11);
        wp::adj_sub(var_4, var_7, adj_4, adj_7, adj_10);
        wp::adj_mul(var_8, var_9, adj_5, adj_6, adj_7);
        adj_sim.dt += adj_6;
        adj_sim.damping += adj_5;
        // adj: v = v * (1.0 - sim.damping * sim.dt)                                              <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
        // adj: v = velocities[tid]                                                               <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def step_with_params(sim: SimParams, velocities: wp.array[wp.vec3], positions: wp.array[wp.vec3]):  <L 12>
        continue;
    }
}

