// Warp 1.19.0 cuda code for damped_update_0b26dc93.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct SimParams_ffff548d
{
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 damping;
    wp::float32 dt;
    wp::vec_t<3, wp::float32> bounds;


    SimParams_ffff548d() = default;
    CUDA_CALLABLE SimParams_ffff548d(wp::vec_t<3, wp::float32> const& gravity,
    wp::float32 const& damping = {},
    wp::float32 const& dt = {},
    wp::vec_t<3, wp::float32> const& bounds = {})
        : gravity{gravity}
        , damping{damping}
        , dt{dt}
        , bounds{bounds}

    {
    }

    CUDA_CALLABLE SimParams_ffff548d& operator += (const SimParams_ffff548d& rhs)
    {    gravity += rhs.gravity;
    damping += rhs.damping;
    dt += rhs.dt;
    bounds += rhs.bounds;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_ffff548d(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_damping,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_bounds,
    SimParams_ffff548d & adj_ret)
{
    adj_gravity += adj_ret.gravity;
    adj_damping += adj_ret.damping;
    adj_dt += adj_ret.dt;
    adj_bounds += adj_ret.bounds;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_ffff548d add(const SimParams_ffff548d& a, const SimParams_ffff548d& b)
{
    return SimParams_ffff548d();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_ffff548d* p, SimParams_ffff548d t)
{
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->bounds, t.bounds);
}





extern "C" __global__ void damped_update_38b92999_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    SimParams_ffff548d var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // forward
        // def damped_update(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 13>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 15>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // moved = pos + (params.gravity + wp.vec3(params.damping) + wp.vec3(params.dt)) * params.dt       <L 16>
        var_4 = &((var_params).gravity);
        var_5 = &((var_params).damping);
        var_7 = wp::load(var_5);
        var_6 = wp::vec_t<3, wp::float32>(var_7);
        var_9 = wp::load(var_4);
        var_8 = wp::add(var_9, var_6);
        var_10 = &((var_params).dt);
        var_12 = wp::load(var_10);
        var_11 = wp::vec_t<3, wp::float32>(var_12);
        var_13 = wp::add(var_8, var_11);
        var_14 = &((var_params).dt);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_13, var_16);
        var_17 = wp::add(var_2, var_15);
        // out[tid] = wp.min(wp.max(moved, -params.bounds), params.bounds)                        <L 17>
        var_18 = &((var_params).bounds);
        var_20 = wp::load(var_18);
        var_19 = wp::neg(var_20);
        var_21 = wp::max(var_17, var_19);
        var_22 = &((var_params).bounds);
        var_24 = wp::load(var_22);
        var_23 = wp::min(var_21, var_24);
        wp::array_store(var_out, var_0, var_23);
}



extern "C" __global__ void damped_update_38b92999_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    SimParams_ffff548d var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    SimParams_ffff548d adj_params,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
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
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        //---------
        // forward
        // def damped_update(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 13>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 15>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // moved = pos + (params.gravity + wp.vec3(params.damping) + wp.vec3(params.dt)) * params.dt       <L 16>
        var_4 = &((var_params).gravity);
        var_5 = &((var_params).damping);
        var_7 = wp::load(var_5);
        var_6 = wp::vec_t<3, wp::float32>(var_7);
        var_9 = wp::load(var_4);
        var_8 = wp::add(var_9, var_6);
        var_10 = &((var_params).dt);
        var_12 = wp::load(var_10);
        var_11 = wp::vec_t<3, wp::float32>(var_12);
        var_13 = wp::add(var_8, var_11);
        var_14 = &((var_params).dt);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_13, var_16);
        var_17 = wp::add(var_2, var_15);
        // out[tid] = wp.min(wp.max(moved, -params.bounds), params.bounds)                        <L 17>
        var_18 = &((var_params).bounds);
        var_20 = wp::load(var_18);
        var_19 = wp::neg(var_20);
        var_21 = wp::max(var_17, var_19);
        var_22 = &((var_params).bounds);
        var_24 = wp::load(var_22);
        var_23 = wp::min(var_21, var_24);
        // wp::array_store(var_out, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_23, adj_out, adj_0, adj_23);
        wp::adj_min(var_21, var_24, adj_21, adj_22, adj_23);
        adj_params.bounds += adj_22;
        wp::adj_max(var_17, var_19, adj_17, adj_19, adj_21);
        wp::adj_neg(var_20, adj_18, adj_19);
        adj_params.bounds += adj_18;
        // adj: out[tid] = wp.min(wp.max(moved, -params.bounds), params.bounds)                   <L 17>
        wp::adj_add(var_2, var_15, adj_2, adj_15, adj_17);
        wp::adj_mul(var_13, var_16, adj_13, adj_14, adj_15);
        adj_params.dt += adj_14;
        wp::adj_add(var_8, var_11, adj_8, adj_11, adj_13);
        wp::adj_vec_t(var_12, adj_10, adj_11);
        adj_params.dt += adj_10;
        wp::adj_add(var_9, var_6, adj_4, adj_6, adj_8);
        wp::adj_vec_t(var_7, adj_5, adj_6);
        adj_params.damping += adj_5;
        adj_params.gravity += adj_4;
        // adj: moved = pos + (params.gravity + wp.vec3(params.damping) + wp.vec3(params.dt)) * params.dt  <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: pos = positions[tid]                                                              <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def damped_update(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 13>
        return;
}

