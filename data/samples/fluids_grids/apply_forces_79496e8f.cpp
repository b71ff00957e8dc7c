// Warp 1.19.0 cpu code for apply_forces_79496e8f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_apply_forces_3264b7e8 {
    wp::array_t<wp::vec_t<2, wp::float32>> vel;
    wp::array_t<wp::float32> rho;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<2, wp::float32>> u_out;
};


template <bool wp_linear_contiguous>
static void apply_forces_3264b7e8_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_forces_3264b7e8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = -9.81;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32* var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    //---------
    // forward
    // def apply_forces(                                                                      <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // u_out[i, j] = vel[i, j] + delta_time * (wp.vec2(0.0, -9.81) * rho[i, j])               <L 12>
    var_2 = wp::address(var_vel, var_0, var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::address(var_rho, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::mul(var_delta_time, var_7);
    var_11 = wp::load(var_2);
    var_10 = wp::add(var_11, var_9);
    wp::array_store(var_u_out, var_0, var_1, var_10);
}



template <bool wp_linear_contiguous>
static void apply_forces_3264b7e8_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_forces_3264b7e8 *_wp_args,
    wp_args_apply_forces_3264b7e8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float32> adj_rho = _wp_adj_args->rho;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u_out = _wp_adj_args->u_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = -9.81;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32* var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    //---------
    // forward
    // def apply_forces(                                                                      <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // u_out[i, j] = vel[i, j] + delta_time * (wp.vec2(0.0, -9.81) * rho[i, j])               <L 12>
    var_2 = wp::address(var_vel, var_0, var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::address(var_rho, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::mul(var_delta_time, var_7);
    var_11 = wp::load(var_2);
    var_10 = wp::add(var_11, var_9);
    // wp::array_store(var_u_out, var_0, var_1, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_u_out, var_0, var_1, var_10, adj_u_out, adj_0, adj_1, adj_10);
    wp::adj_add(var_11, var_9, adj_2, adj_9, adj_10);
    wp::adj_mul(var_delta_time, var_7, adj_delta_time, adj_7, adj_9);
    wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
    wp::adj_address(var_rho, var_0, var_1, adj_rho, adj_0, adj_1, adj_6);
    wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_address(var_vel, var_0, var_1, adj_vel, adj_0, adj_1, adj_2);
    // adj: u_out[i, j] = vel[i, j] + delta_time * (wp.vec2(0.0, -9.81) * rho[i, j])          <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def apply_forces(                                                                 <L 5>
    return;
}



struct apply_forces_3264b7e8_cpu_block_payload_forward
{
    wp_args_apply_forces_3264b7e8* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_forces_3264b7e8_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    apply_forces_3264b7e8_cpu_block_payload_forward* payload = (apply_forces_3264b7e8_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_forces_3264b7e8_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_forces_3264b7e8_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_forces_3264b7e8 *_wp_args)
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
        apply_forces_3264b7e8_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_forces_3264b7e8_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct apply_forces_3264b7e8_cpu_block_payload_backward
{
    wp_args_apply_forces_3264b7e8* args;
    wp_args_apply_forces_3264b7e8* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_forces_3264b7e8_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    apply_forces_3264b7e8_cpu_block_payload_backward* payload = (apply_forces_3264b7e8_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_forces_3264b7e8_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void apply_forces_3264b7e8_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_forces_3264b7e8 *_wp_args,
    wp_args_apply_forces_3264b7e8 *_wp_adj_args)
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
        apply_forces_3264b7e8_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_forces_3264b7e8_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

