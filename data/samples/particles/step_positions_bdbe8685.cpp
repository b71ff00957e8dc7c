// Warp 1.19.0 cpu code for step_positions_bdbe8685.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_step_positions_7bf7141c {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
};


template <bool wp_linear_contiguous>
static void step_positions_7bf7141c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_positions_7bf7141c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def step_positions(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // v = velocities[tid]                                                                    <L 12>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = positions[tid] + v * dt                                                            <L 13>
    var_4 = wp::address(var_positions, var_0);
    var_5 = wp::mul(var_2, var_dt);
    var_7 = wp::load(var_4);
    var_6 = wp::add(var_7, var_5);
    // new_positions[tid] = p + v * dt                                                        <L 14>
    var_8 = wp::mul(var_2, var_dt);
    var_9 = wp::add(var_6, var_8);
    wp::array_store(var_new_positions, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void step_positions_7bf7141c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_positions_7bf7141c *_wp_args,
    wp_args_step_positions_7bf7141c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def step_positions(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // v = velocities[tid]                                                                    <L 12>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = positions[tid] + v * dt                                                            <L 13>
    var_4 = wp::address(var_positions, var_0);
    var_5 = wp::mul(var_2, var_dt);
    var_7 = wp::load(var_4);
    var_6 = wp::add(var_7, var_5);
    // new_positions[tid] = p + v * dt                                                        <L 14>
    var_8 = wp::mul(var_2, var_dt);
    var_9 = wp::add(var_6, var_8);
    // wp::array_store(var_new_positions, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_new_positions, var_0, var_9, adj_new_positions, adj_0, adj_9);
    wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_mul(var_2, var_dt, adj_2, adj_dt, adj_8);
    // adj: new_positions[tid] = p + v * dt                                                   <L 14>
    wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_2, var_dt, adj_2, adj_dt, adj_5);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_4);
    // adj: p = positions[tid] + v * dt                                                       <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
    // adj: v = velocities[tid]                                                               <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def step_positions(                                                               <L 5>
    return;
}



struct step_positions_7bf7141c_cpu_block_payload_forward
{
    wp_args_step_positions_7bf7141c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_positions_7bf7141c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_positions_7bf7141c_cpu_block_payload_forward* payload = (step_positions_7bf7141c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_positions_7bf7141c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void step_positions_7bf7141c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_positions_7bf7141c *_wp_args)
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
        step_positions_7bf7141c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_positions_7bf7141c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct step_positions_7bf7141c_cpu_block_payload_backward
{
    wp_args_step_positions_7bf7141c* args;
    wp_args_step_positions_7bf7141c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_positions_7bf7141c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_positions_7bf7141c_cpu_block_payload_backward* payload = (step_positions_7bf7141c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_positions_7bf7141c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void step_positions_7bf7141c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_positions_7bf7141c *_wp_args,
    wp_args_step_positions_7bf7141c *_wp_adj_args)
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
        step_positions_7bf7141c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_positions_7bf7141c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

