// Warp 1.19.0 cpu code for step_with_params_18e7dc9f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

struct SimParams_73b858c6
{
    wp::float32 damping;
    wp::float32 ground_height;
    wp::float32 dt;


    SimParams_73b858c6() = default;
    CUDA_CALLABLE SimParams_73b858c6(wp::float32 const& damping,
    wp::float32 const& ground_height = {},
    wp::float32 const& dt = {})
        : damping{damping}
        , ground_height{ground_height}
        , dt{dt}

    {
    }

    CUDA_CALLABLE SimParams_73b858c6& operator += (const SimParams_73b858c6& rhs)
    {    damping += rhs.damping;
    ground_height += rhs.ground_height;
    dt += rhs.dt;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_73b858c6(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_damping,
    wp::float32 & adj_ground_height,
    wp::float32 & adj_dt,
    SimParams_73b858c6 & adj_ret)
{
    adj_damping += adj_ret.damping;
    adj_ground_height += adj_ret.ground_height;
    adj_dt += adj_ret.dt;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_73b858c6 add(const SimParams_73b858c6& a, const SimParams_73b858c6& b)
{
    return SimParams_73b858c6();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_73b858c6* p, SimParams_73b858c6 t)
{
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->ground_height, t.ground_height);
    wp::adj_atomic_add(&p->dt, t.dt);
}



struct wp_args_step_with_params_72d163f5 {
    SimParams_73b858c6 sim;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities_out;
};


template <bool wp_linear_contiguous>
static void step_with_params_72d163f5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_with_params_72d163f5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    SimParams_73b858c6 var_sim = _wp_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
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
    // def step_with_params(                                                                  <L 12>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // v = particle_v[tid]                                                                    <L 19>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = v * (1.0 - sim.damping * sim.dt)                                                   <L 20>
    var_5 = &((var_sim).damping);
    var_6 = &((var_sim).dt);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_9);
    var_10 = wp::sub(var_4, var_7);
    var_11 = wp::mul(var_2, var_10);
    // velocities_out[tid] = v                                                                <L 21>
    wp::array_store(var_velocities_out, var_0, var_11);
    // x = positions[tid] + v * sim.dt                                                        <L 22>
    var_12 = wp::address(var_positions, var_0);
    var_13 = &((var_sim).dt);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_11, var_15);
    var_17 = wp::load(var_12);
    var_16 = wp::add(var_17, var_14);
    // if x[1] < sim.ground_height:                                                           <L 23>
    var_19 = wp::extract(var_16, var_18);
    var_20 = &((var_sim).ground_height);
    var_22 = wp::load(var_20);
    var_21 = (var_19 < var_22);
    if (var_21) {
        // x[1] = sim.ground_height                                                           <L 24>
        var_23 = &((var_sim).ground_height);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        wp::assign_inplace(var_16, var_26, var_24);
    }
    // positions[tid] = x                                                                     <L 25>
    wp::array_store(var_positions, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void step_with_params_72d163f5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_with_params_72d163f5 *_wp_args,
    wp_args_step_with_params_72d163f5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    SimParams_73b858c6 var_sim = _wp_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    SimParams_73b858c6 adj_sim = _wp_adj_args->sim;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities_out = _wp_adj_args->velocities_out;
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
    // def step_with_params(                                                                  <L 12>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // v = particle_v[tid]                                                                    <L 19>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = v * (1.0 - sim.damping * sim.dt)                                                   <L 20>
    var_5 = &((var_sim).damping);
    var_6 = &((var_sim).dt);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_9);
    var_10 = wp::sub(var_4, var_7);
    var_11 = wp::mul(var_2, var_10);
    // velocities_out[tid] = v                                                                <L 21>
    // wp::array_store(var_velocities_out, var_0, var_11);
    // x = positions[tid] + v * sim.dt                                                        <L 22>
    var_12 = wp::address(var_positions, var_0);
    var_13 = &((var_sim).dt);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_11, var_15);
    var_17 = wp::load(var_12);
    var_16 = wp::add(var_17, var_14);
    // if x[1] < sim.ground_height:                                                           <L 23>
    var_19 = wp::extract(var_16, var_18);
    var_20 = &((var_sim).ground_height);
    var_22 = wp::load(var_20);
    var_21 = (var_19 < var_22);
    if (var_21) {
        // x[1] = sim.ground_height                                                           <L 24>
        var_23 = &((var_sim).ground_height);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        wp::assign_inplace(var_16, var_26, var_24);
    }
    // positions[tid] = x                                                                     <L 25>
    // wp::array_store(var_positions, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_positions, var_0, var_16, adj_positions, adj_0, adj_16);
    // adj: positions[tid] = x                                                                <L 25>
    if (var_21) {
        wp::adj_assign_inplace(var_16, var_26, var_24, adj_16, adj_26, adj_24);
        wp::adj_copy(var_25, adj_23, adj_24);
        adj_sim.ground_height += adj_23;
        // adj: x[1] = sim.ground_height                                                      <L 24>
    }
    adj_sim.ground_height += adj_20;
    wp::adj_extract(var_16, var_18, adj_16, adj_18, adj_19);
    // adj: if x[1] < sim.ground_height:                                                      <L 23>
    wp::adj_add(var_17, var_14, adj_12, adj_14, adj_16);
    wp::adj_mul(var_11, var_15, adj_11, adj_13, adj_14);
    adj_sim.dt += adj_13;
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_12);
    // adj: x = positions[tid] + v * sim.dt                                                   <L 22>
    wp::adj_array_store(var_velocities_out, var_0, var_11, adj_velocities_out, adj_0, adj_11);
    // adj: velocities_out[tid] = v                                                           <L 21>
    wp::adj_mul(var_2, var_10, adj_2, adj_10, adj_11);
    wp::adj_sub(var_4, var_7, adj_4, adj_7, adj_10);
    wp::adj_mul(var_8, var_9, adj_5, adj_6, adj_7);
    adj_sim.dt += adj_6;
    adj_sim.damping += adj_5;
    // adj: v = v * (1.0 - sim.damping * sim.dt)                                              <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_1);
    // adj: v = particle_v[tid]                                                               <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def step_with_params(                                                             <L 12>
    return;
}



struct step_with_params_72d163f5_cpu_block_payload_forward
{
    wp_args_step_with_params_72d163f5* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_with_params_72d163f5_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_with_params_72d163f5_cpu_block_payload_forward* payload = (step_with_params_72d163f5_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_with_params_72d163f5_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void step_with_params_72d163f5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_with_params_72d163f5 *_wp_args)
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
        step_with_params_72d163f5_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_with_params_72d163f5_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct step_with_params_72d163f5_cpu_block_payload_backward
{
    wp_args_step_with_params_72d163f5* args;
    wp_args_step_with_params_72d163f5* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_with_params_72d163f5_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_with_params_72d163f5_cpu_block_payload_backward* payload = (step_with_params_72d163f5_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_with_params_72d163f5_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void step_with_params_72d163f5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_with_params_72d163f5 *_wp_args,
    wp_args_step_with_params_72d163f5 *_wp_adj_args)
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
        step_with_params_72d163f5_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_with_params_72d163f5_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

