// Warp 1.19.0 cpu code for block_jacobi_step_a6cf49bd.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_block_jacobi_step_7b68fab1 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> covariances;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::vec_t<3, wp::float32>> u;
};


template <bool wp_linear_contiguous>
static void block_jacobi_step_7b68fab1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_block_jacobi_step_7b68fab1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_covariances = _wp_args->covariances;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u = _wp_args->u;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    const wp::float32 var_4 = 1e-06;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def block_jacobi_step(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // d = wp.get_diag(covariances[tid])                                                      <L 11>
    var_1 = wp::address(var_covariances, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::get_diag(var_3);
    // d = wp.max(d, wp.vec3(1.0e-6))                                                         <L 12>
    var_5 = wp::vec_t<3, wp::float32>(var_4);
    var_6 = wp::max(var_2, var_5);
    // u[tid] = wp.cw_div(b[tid], d)                                                          <L 13>
    var_7 = wp::address(var_b, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::cw_div(var_9, var_6);
    wp::array_store(var_u, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void block_jacobi_step_7b68fab1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_block_jacobi_step_7b68fab1 *_wp_args,
    wp_args_block_jacobi_step_7b68fab1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_covariances = _wp_args->covariances;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_covariances = _wp_adj_args->covariances;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u = _wp_adj_args->u;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    const wp::float32 var_4 = 1e-06;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def block_jacobi_step(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // d = wp.get_diag(covariances[tid])                                                      <L 11>
    var_1 = wp::address(var_covariances, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::get_diag(var_3);
    // d = wp.max(d, wp.vec3(1.0e-6))                                                         <L 12>
    var_5 = wp::vec_t<3, wp::float32>(var_4);
    var_6 = wp::max(var_2, var_5);
    // u[tid] = wp.cw_div(b[tid], d)                                                          <L 13>
    var_7 = wp::address(var_b, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::cw_div(var_9, var_6);
    // wp::array_store(var_u, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_u, var_0, var_8, adj_u, adj_0, adj_8);
    wp::adj_cw_div(var_9, var_6, var_8, adj_7, adj_6, adj_8);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_7);
    // adj: u[tid] = wp.cw_div(b[tid], d)                                                     <L 13>
    wp::adj_max(var_2, var_5, adj_2, adj_5, adj_6);
    wp::adj_vec_t(var_4, adj_4, adj_5);
    // adj: d = wp.max(d, wp.vec3(1.0e-6))                                                    <L 12>
    wp::adj_get_diag(var_3, adj_1, adj_2);
    wp::adj_address(var_covariances, var_0, adj_covariances, adj_0, adj_1);
    // adj: d = wp.get_diag(covariances[tid])                                                 <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def block_jacobi_step(                                                            <L 5>
    return;
}



struct block_jacobi_step_7b68fab1_cpu_block_payload_forward
{
    wp_args_block_jacobi_step_7b68fab1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void block_jacobi_step_7b68fab1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    block_jacobi_step_7b68fab1_cpu_block_payload_forward* payload = (block_jacobi_step_7b68fab1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    block_jacobi_step_7b68fab1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void block_jacobi_step_7b68fab1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_block_jacobi_step_7b68fab1 *_wp_args)
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
        block_jacobi_step_7b68fab1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &block_jacobi_step_7b68fab1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct block_jacobi_step_7b68fab1_cpu_block_payload_backward
{
    wp_args_block_jacobi_step_7b68fab1* args;
    wp_args_block_jacobi_step_7b68fab1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void block_jacobi_step_7b68fab1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    block_jacobi_step_7b68fab1_cpu_block_payload_backward* payload = (block_jacobi_step_7b68fab1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    block_jacobi_step_7b68fab1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void block_jacobi_step_7b68fab1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_block_jacobi_step_7b68fab1 *_wp_args,
    wp_args_block_jacobi_step_7b68fab1 *_wp_adj_args)
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
        block_jacobi_step_7b68fab1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &block_jacobi_step_7b68fab1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

