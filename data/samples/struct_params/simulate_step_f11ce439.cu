// Warp 1.19.0 cuda code for simulate_step_f11ce439.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct SimParams_b2ec9693
{
    wp::float32 damping;
    wp::int32 paused;
    wp::float32 dt;


    SimParams_b2ec9693() = default;
    CUDA_CALLABLE SimParams_b2ec9693(wp::float32 const& damping,
    wp::int32 const& paused = {},
    wp::float32 const& dt = {})
        : damping{damping}
        , paused{paused}
        , dt{dt}

    {
    }

    CUDA_CALLABLE SimParams_b2ec9693& operator += (const SimParams_b2ec9693& rhs)
    {    damping += rhs.damping;
    paused += rhs.paused;
    dt += rhs.dt;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_b2ec9693(wp::float32 const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::float32 & adj_damping,
    wp::int32 & adj_paused,
    wp::float32 & adj_dt,
    SimParams_b2ec9693 & adj_ret)
{
    adj_damping += adj_ret.damping;
    adj_paused += adj_ret.paused;
    adj_dt += adj_ret.dt;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_b2ec9693 add(const SimParams_b2ec9693& a, const SimParams_b2ec9693& b)
{
    return SimParams_b2ec9693();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_b2ec9693* p, SimParams_b2ec9693 t)
{
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->paused, t.paused);
    wp::adj_atomic_add(&p->dt, t.dt);
}





extern "C" __global__ void simulate_step_bccfb26d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    SimParams_b2ec9693 var_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        const wp::float32 var_8 = 1.0;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // forward
        // def simulate_step(sim: SimParams, particle_v: wp.array[wp.vec3], v_out: wp.array[wp.vec3]):       <L 12>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // if sim.paused != 0:                                                                    <L 14>
        var_1 = &((var_sim).paused);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 15>
            return;
        }
        // v = particle_v[tid]                                                                    <L 16>
        var_5 = wp::address(var_particle_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // v = v * (1.0 - sim.damping * sim.dt)                                                   <L 17>
        var_9 = &((var_sim).damping);
        var_10 = &((var_sim).dt);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::mul(var_12, var_13);
        var_14 = wp::sub(var_8, var_11);
        var_15 = wp::mul(var_6, var_14);
        // v_out[tid] = v                                                                         <L 18>
        wp::array_store(var_v_out, var_0, var_15);
}



extern "C" __global__ void simulate_step_bccfb26d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    SimParams_b2ec9693 var_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    SimParams_b2ec9693 adj_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        const wp::float32 var_8 = 1.0;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32> var_15;
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
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        //---------
        // forward
        // def simulate_step(sim: SimParams, particle_v: wp.array[wp.vec3], v_out: wp.array[wp.vec3]):       <L 12>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // if sim.paused != 0:                                                                    <L 14>
        var_1 = &((var_sim).paused);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 15>
            goto label0;
        }
        // v = particle_v[tid]                                                                    <L 16>
        var_5 = wp::address(var_particle_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // v = v * (1.0 - sim.damping * sim.dt)                                                   <L 17>
        var_9 = &((var_sim).damping);
        var_10 = &((var_sim).dt);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::mul(var_12, var_13);
        var_14 = wp::sub(var_8, var_11);
        var_15 = wp::mul(var_6, var_14);
        // v_out[tid] = v                                                                         <L 18>
        // wp::array_store(var_v_out, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_v_out, var_0, var_15, adj_v_out, adj_0, adj_15);
        // adj: v_out[tid] = v                                                                    <L 18>
        wp::adj_mul(var_6, var_14, adj_6, adj_14, adj_15);
        wp::adj_sub(var_8, var_11, adj_8, adj_11, adj_14);
        wp::adj_mul(var_12, var_13, adj_9, adj_10, adj_11);
        adj_sim.dt += adj_10;
        adj_sim.damping += adj_9;
        // adj: v = v * (1.0 - sim.damping * sim.dt)                                              <L 17>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_5);
        // adj: v = particle_v[tid]                                                               <L 16>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 15>
        }
        adj_sim.paused = adj_1;
        // adj: if sim.paused != 0:                                                               <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def simulate_step(sim: SimParams, particle_v: wp.array[wp.vec3], v_out: wp.array[wp.vec3]):  <L 12>
        return;
}

