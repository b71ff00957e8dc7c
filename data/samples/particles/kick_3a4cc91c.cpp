// Warp 1.19.0 cpu code for kick_3a4cc91c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_kick_7cf8b17e {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::array_t<wp::float32> inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
    wp::float32 delta_time;
};


template <bool wp_linear_contiguous>
static void kick_7cf8b17e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kick_7cf8b17e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::float32 var_delta_time = _wp_args->delta_time;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def kick(                                                                              <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // w = inv_mass[tid]                                                                      <L 13>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // delta = forces[tid] * w * delta_time                                                   <L 14>
    var_4 = wp::address(var_forces, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_2);
    var_7 = wp::mul(var_5, var_delta_time);
    // v_out[tid] = v[tid] + delta                                                            <L 15>
    var_8 = wp::address(var_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::add(var_10, var_7);
    wp::array_store(var_v_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void kick_7cf8b17e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kick_7cf8b17e *_wp_args,
    wp_args_kick_7cf8b17e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def kick(                                                                              <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // w = inv_mass[tid]                                                                      <L 13>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // delta = forces[tid] * w * delta_time                                                   <L 14>
    var_4 = wp::address(var_forces, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_2);
    var_7 = wp::mul(var_5, var_delta_time);
    // v_out[tid] = v[tid] + delta                                                            <L 15>
    var_8 = wp::address(var_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::add(var_10, var_7);
    // wp::array_store(var_v_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_v_out, var_0, var_9, adj_v_out, adj_0, adj_9);
    wp::adj_add(var_10, var_7, adj_8, adj_7, adj_9);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
    // adj: v_out[tid] = v[tid] + delta                                                       <L 15>
    wp::adj_mul(var_5, var_delta_time, adj_5, adj_delta_time, adj_7);
    wp::adj_mul(var_6, var_2, adj_4, adj_2, adj_5);
    wp::adj_address(var_forces, var_0, adj_forces, adj_0, adj_4);
    // adj: delta = forces[tid] * w * delta_time                                              <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_1);
    // adj: w = inv_mass[tid]                                                                 <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def kick(                                                                         <L 5>
    return;
}



struct kick_7cf8b17e_cpu_block_payload_forward
{
    wp_args_kick_7cf8b17e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void kick_7cf8b17e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    kick_7cf8b17e_cpu_block_payload_forward* payload = (kick_7cf8b17e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    kick_7cf8b17e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void kick_7cf8b17e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kick_7cf8b17e *_wp_args)
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
        kick_7cf8b17e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &kick_7cf8b17e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct kick_7cf8b17e_cpu_block_payload_backward
{
    wp_args_kick_7cf8b17e* args;
    wp_args_kick_7cf8b17e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void kick_7cf8b17e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    kick_7cf8b17e_cpu_block_payload_backward* payload = (kick_7cf8b17e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    kick_7cf8b17e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void kick_7cf8b17e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kick_7cf8b17e *_wp_args,
    wp_args_kick_7cf8b17e *_wp_adj_args)
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
        kick_7cf8b17e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &kick_7cf8b17e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

