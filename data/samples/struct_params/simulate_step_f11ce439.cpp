// Warp 1.19.0 cpu code for simulate_step_f11ce439.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

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



struct wp_args_simulate_step_bccfb26d {
    SimParams_b2ec9693 sim;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
};


template <bool wp_linear_contiguous>
static void simulate_step_bccfb26d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_simulate_step_bccfb26d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    SimParams_b2ec9693 var_sim = _wp_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
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



template <bool wp_linear_contiguous>
static void simulate_step_bccfb26d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_simulate_step_bccfb26d *_wp_args,
    wp_args_simulate_step_bccfb26d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    SimParams_b2ec9693 var_sim = _wp_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    SimParams_b2ec9693 adj_sim = _wp_adj_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
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



struct simulate_step_bccfb26d_cpu_block_payload_forward
{
    wp_args_simulate_step_bccfb26d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void simulate_step_bccfb26d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    simulate_step_bccfb26d_cpu_block_payload_forward* payload = (simulate_step_bccfb26d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    simulate_step_bccfb26d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void simulate_step_bccfb26d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_simulate_step_bccfb26d *_wp_args)
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
        simulate_step_bccfb26d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &simulate_step_bccfb26d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct simulate_step_bccfb26d_cpu_block_payload_backward
{
    wp_args_simulate_step_bccfb26d* args;
    wp_args_simulate_step_bccfb26d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void simulate_step_bccfb26d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    simulate_step_bccfb26d_cpu_block_payload_backward* payload = (simulate_step_bccfb26d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    simulate_step_bccfb26d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void simulate_step_bccfb26d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_simulate_step_bccfb26d *_wp_args,
    wp_args_simulate_step_bccfb26d *_wp_adj_args)
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
        simulate_step_bccfb26d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &simulate_step_bccfb26d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

