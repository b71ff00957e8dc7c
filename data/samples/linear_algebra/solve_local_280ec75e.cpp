// Warp 1.19.0 cpu code for solve_local_280ec75e.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_solve_local_0b56b7ca {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> mats;
    wp::array_t<wp::vec_t<3, wp::float32>> rhs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> out_mats;
    wp::array_t<wp::vec_t<3, wp::float32>> out_vecs;
};


template <bool wp_linear_contiguous>
static void solve_local_0b56b7ca_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_local_0b56b7ca *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rhs = _wp_args->rhs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_mats = _wp_args->out_mats;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_vecs = _wp_args->out_vecs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def solve_local(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // a = mats[tid]                                                                          <L 7>
    var_1 = wp::address(var_mats, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = rhs[tid]                                                                           <L 8>
    var_4 = wp::address(var_rhs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // m = a                                                                                  <L 9>
    var_7 = wp::copy(var_2);
    // out_mats[tid] = m                                                                      <L 10>
    wp::array_store(var_out_mats, var_0, var_7);
    // out_vecs[tid] = m * b                                                                  <L 11>
    var_8 = wp::mul(var_7, var_5);
    wp::array_store(var_out_vecs, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void solve_local_0b56b7ca_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_local_0b56b7ca *_wp_args,
    wp_args_solve_local_0b56b7ca *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rhs = _wp_args->rhs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_mats = _wp_args->out_mats;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_vecs = _wp_args->out_vecs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_mats = _wp_adj_args->mats;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rhs = _wp_adj_args->rhs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out_mats = _wp_adj_args->out_mats;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_vecs = _wp_adj_args->out_vecs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def solve_local(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // a = mats[tid]                                                                          <L 7>
    var_1 = wp::address(var_mats, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = rhs[tid]                                                                           <L 8>
    var_4 = wp::address(var_rhs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // m = a                                                                                  <L 9>
    var_7 = wp::copy(var_2);
    // out_mats[tid] = m                                                                      <L 10>
    // wp::array_store(var_out_mats, var_0, var_7);
    // out_vecs[tid] = m * b                                                                  <L 11>
    var_8 = wp::mul(var_7, var_5);
    // wp::array_store(var_out_vecs, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_out_vecs, var_0, var_8, adj_out_vecs, adj_0, adj_8);
    wp::adj_mul(var_7, var_5, adj_7, adj_5, adj_8);
    // adj: out_vecs[tid] = m * b                                                             <L 11>
    wp::adj_array_store(var_out_mats, var_0, var_7, adj_out_mats, adj_0, adj_7);
    // adj: out_mats[tid] = m                                                                 <L 10>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: m = a                                                                             <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_4);
    // adj: b = rhs[tid]                                                                      <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_mats, var_0, adj_mats, adj_0, adj_1);
    // adj: a = mats[tid]                                                                     <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def solve_local(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):  <L 5>
    return;
}



struct solve_local_0b56b7ca_cpu_block_payload_forward
{
    wp_args_solve_local_0b56b7ca* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void solve_local_0b56b7ca_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    solve_local_0b56b7ca_cpu_block_payload_forward* payload = (solve_local_0b56b7ca_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    solve_local_0b56b7ca_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void solve_local_0b56b7ca_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_local_0b56b7ca *_wp_args)
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
        solve_local_0b56b7ca_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &solve_local_0b56b7ca_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct solve_local_0b56b7ca_cpu_block_payload_backward
{
    wp_args_solve_local_0b56b7ca* args;
    wp_args_solve_local_0b56b7ca* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void solve_local_0b56b7ca_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    solve_local_0b56b7ca_cpu_block_payload_backward* payload = (solve_local_0b56b7ca_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    solve_local_0b56b7ca_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void solve_local_0b56b7ca_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_local_0b56b7ca *_wp_args,
    wp_args_solve_local_0b56b7ca *_wp_adj_args)
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
        solve_local_0b56b7ca_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &solve_local_0b56b7ca_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

