// Warp 1.19.0 cpu code for accelerate_880b7772.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_accelerate_22a62092 {
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::float32 mass;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
};


template <bool wp_linear_contiguous>
static void accelerate_22a62092_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accelerate_22a62092 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_mass = _wp_args->mass;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def accelerate(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // force = forces[tid]                                                                    <L 14>
    var_1 = wp::address(var_forces, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = force * (1.0 / mass)                                                               <L 15>
    var_5 = wp::div(var_4, var_mass);
    var_6 = wp::mul(var_2, var_5);
    // v_out[tid] = velocities[tid] + delta_time * a                                          <L 16>
    var_7 = wp::address(var_velocities, var_0);
    var_8 = wp::mul(var_delta_time, var_6);
    var_10 = wp::load(var_7);
    var_9 = wp::add(var_10, var_8);
    wp::array_store(var_v_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void accelerate_22a62092_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accelerate_22a62092 *_wp_args,
    wp_args_accelerate_22a62092 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_mass = _wp_args->mass;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::float32 adj_mass = _wp_adj_args->mass;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def accelerate(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // force = forces[tid]                                                                    <L 14>
    var_1 = wp::address(var_forces, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = force * (1.0 / mass)                                                               <L 15>
    var_5 = wp::div(var_4, var_mass);
    var_6 = wp::mul(var_2, var_5);
    // v_out[tid] = velocities[tid] + delta_time * a                                          <L 16>
    var_7 = wp::address(var_velocities, var_0);
    var_8 = wp::mul(var_delta_time, var_6);
    var_10 = wp::load(var_7);
    var_9 = wp::add(var_10, var_8);
    // wp::array_store(var_v_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_v_out, var_0, var_9, adj_v_out, adj_0, adj_9);
    wp::adj_add(var_10, var_8, adj_7, adj_8, adj_9);
    wp::adj_mul(var_delta_time, var_6, adj_delta_time, adj_6, adj_8);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_7);
    // adj: v_out[tid] = velocities[tid] + delta_time * a                                     <L 16>
    wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_6);
    wp::adj_div(var_4, var_mass, var_5, adj_4, adj_mass, adj_5);
    // adj: a = force * (1.0 / mass)                                                          <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_forces, var_0, adj_forces, adj_0, adj_1);
    // adj: force = forces[tid]                                                               <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def accelerate(                                                                   <L 5>
    return;
}



struct accelerate_22a62092_cpu_block_payload_forward
{
    wp_args_accelerate_22a62092* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accelerate_22a62092_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accelerate_22a62092_cpu_block_payload_forward* payload = (accelerate_22a62092_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accelerate_22a62092_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accelerate_22a62092_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accelerate_22a62092 *_wp_args)
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
        accelerate_22a62092_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accelerate_22a62092_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accelerate_22a62092_cpu_block_payload_backward
{
    wp_args_accelerate_22a62092* args;
    wp_args_accelerate_22a62092* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accelerate_22a62092_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accelerate_22a62092_cpu_block_payload_backward* payload = (accelerate_22a62092_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accelerate_22a62092_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accelerate_22a62092_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accelerate_22a62092 *_wp_args,
    wp_args_accelerate_22a62092 *_wp_adj_args)
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
        accelerate_22a62092_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accelerate_22a62092_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

