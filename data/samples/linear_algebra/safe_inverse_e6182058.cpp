// Warp 1.19.0 cpu code for safe_inverse_e6182058.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_safe_inverse_8b9d4cc1 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> Dm_inv;
    wp::array_t<wp::float32> J;
};


template <bool wp_linear_contiguous>
static void safe_inverse_8b9d4cc1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_safe_inverse_8b9d4cc1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv = _wp_args->Dm_inv;
    wp::array_t<wp::float32> var_J = _wp_args->J;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1e-08;
    bool var_8;
    wp::mat_t<3, 3, wp::float32>* var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    //---------
    // forward
    // def safe_inverse(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // det = wp.determinant(F[tid])                                                           <L 11>
    var_1 = wp::address(var_F, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::determinant(var_3);
    // inv = wp.mat33(0.0)                                                                    <L 12>
    var_5 = wp::mat_t<3, 3, wp::float32>(var_4);
    // if wp.abs(det) > 1.0e-8:                                                               <L 13>
    var_6 = wp::abs(var_2);
    var_8 = (var_6 > var_7);
    if (var_8) {
        // inv = wp.inverse(F[tid])                                                           <L 14>
        var_9 = wp::address(var_F, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::inverse(var_11);
    }
    var_12 = wp::where(var_8, var_10, var_5);
    // Dm_inv[tid] = inv                                                                      <L 15>
    wp::array_store(var_Dm_inv, var_0, var_12);
    // J[tid] = det                                                                           <L 16>
    wp::array_store(var_J, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void safe_inverse_8b9d4cc1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_safe_inverse_8b9d4cc1 *_wp_args,
    wp_args_safe_inverse_8b9d4cc1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv = _wp_args->Dm_inv;
    wp::array_t<wp::float32> var_J = _wp_args->J;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F = _wp_adj_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Dm_inv = _wp_adj_args->Dm_inv;
    wp::array_t<wp::float32> adj_J = _wp_adj_args->J;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1e-08;
    bool var_8;
    wp::mat_t<3, 3, wp::float32>* var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def safe_inverse(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // det = wp.determinant(F[tid])                                                           <L 11>
    var_1 = wp::address(var_F, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::determinant(var_3);
    // inv = wp.mat33(0.0)                                                                    <L 12>
    var_5 = wp::mat_t<3, 3, wp::float32>(var_4);
    // if wp.abs(det) > 1.0e-8:                                                               <L 13>
    var_6 = wp::abs(var_2);
    var_8 = (var_6 > var_7);
    if (var_8) {
        // inv = wp.inverse(F[tid])                                                           <L 14>
        var_9 = wp::address(var_F, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::inverse(var_11);
    }
    var_12 = wp::where(var_8, var_10, var_5);
    // Dm_inv[tid] = inv                                                                      <L 15>
    // wp::array_store(var_Dm_inv, var_0, var_12);
    // J[tid] = det                                                                           <L 16>
    // wp::array_store(var_J, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_J, var_0, var_2, adj_J, adj_0, adj_2);
    // adj: J[tid] = det                                                                      <L 16>
    wp::adj_array_store(var_Dm_inv, var_0, var_12, adj_Dm_inv, adj_0, adj_12);
    // adj: Dm_inv[tid] = inv                                                                 <L 15>
    wp::adj_where(var_8, var_10, var_5, adj_8, adj_10, adj_5, adj_12);
    if (var_8) {
        wp::adj_inverse(var_11, var_10, adj_9, adj_10);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_9);
        // adj: inv = wp.inverse(F[tid])                                                      <L 14>
    }
    wp::adj_abs(var_2, adj_2, adj_6);
    // adj: if wp.abs(det) > 1.0e-8:                                                          <L 13>
    wp::adj_mat_t(var_4, adj_4, adj_5);
    // adj: inv = wp.mat33(0.0)                                                               <L 12>
    wp::adj_determinant(var_3, adj_1, adj_2);
    wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
    // adj: det = wp.determinant(F[tid])                                                      <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def safe_inverse(                                                                 <L 5>
    return;
}



struct safe_inverse_8b9d4cc1_cpu_block_payload_forward
{
    wp_args_safe_inverse_8b9d4cc1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void safe_inverse_8b9d4cc1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    safe_inverse_8b9d4cc1_cpu_block_payload_forward* payload = (safe_inverse_8b9d4cc1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    safe_inverse_8b9d4cc1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void safe_inverse_8b9d4cc1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_safe_inverse_8b9d4cc1 *_wp_args)
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
        safe_inverse_8b9d4cc1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &safe_inverse_8b9d4cc1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct safe_inverse_8b9d4cc1_cpu_block_payload_backward
{
    wp_args_safe_inverse_8b9d4cc1* args;
    wp_args_safe_inverse_8b9d4cc1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void safe_inverse_8b9d4cc1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    safe_inverse_8b9d4cc1_cpu_block_payload_backward* payload = (safe_inverse_8b9d4cc1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    safe_inverse_8b9d4cc1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void safe_inverse_8b9d4cc1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_safe_inverse_8b9d4cc1 *_wp_args,
    wp_args_safe_inverse_8b9d4cc1 *_wp_adj_args)
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
        safe_inverse_8b9d4cc1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &safe_inverse_8b9d4cc1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

