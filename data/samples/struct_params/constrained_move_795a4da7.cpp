// Warp 1.19.0 cpu code for constrained_move_795a4da7.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

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



struct wp_args_constrained_move_defa43d2 {
    SimParams_ffff548d params;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void constrained_move_defa43d2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_constrained_move_defa43d2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    SimParams_ffff548d var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
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
    // def constrained_move(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 13>
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



template <bool wp_linear_contiguous>
static void constrained_move_defa43d2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_constrained_move_defa43d2 *_wp_args,
    wp_args_constrained_move_defa43d2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    SimParams_ffff548d var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    SimParams_ffff548d adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
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
    // def constrained_move(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 13>
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
    // adj: def constrained_move(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 13>
    return;
}



struct constrained_move_defa43d2_cpu_block_payload_forward
{
    wp_args_constrained_move_defa43d2* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void constrained_move_defa43d2_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    constrained_move_defa43d2_cpu_block_payload_forward* payload = (constrained_move_defa43d2_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    constrained_move_defa43d2_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void constrained_move_defa43d2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_constrained_move_defa43d2 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        constrained_move_defa43d2_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &constrained_move_defa43d2_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct constrained_move_defa43d2_cpu_block_payload_backward
{
    wp_args_constrained_move_defa43d2* args;
    wp_args_constrained_move_defa43d2* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void constrained_move_defa43d2_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    constrained_move_defa43d2_cpu_block_payload_backward* payload = (constrained_move_defa43d2_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    constrained_move_defa43d2_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void constrained_move_defa43d2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_constrained_move_defa43d2 *_wp_args,
    wp_args_constrained_move_defa43d2 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        constrained_move_defa43d2_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &constrained_move_defa43d2_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

