// Warp 1.19.0 cpu code for extract_rotations_2d_a43bd2de.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_extract_rotations_2d_e0e9b5f1 {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> F2;
    wp::array_t<wp::vec_t<2, wp::float32>> polar_out;
};


template <bool wp_linear_contiguous>
static void extract_rotations_2d_e0e9b5f1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_rotations_2d_e0e9b5f1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_F2 = _wp_args->F2;
    wp::array_t<wp::vec_t<2, wp::float32>> var_polar_out = _wp_args->polar_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    //---------
    // forward
    // def extract_rotations_2d(F2: wp.array(dtype=wp.mat22), polar_out: wp.array(dtype=wp.vec2)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // F = F2[tid]                                                                            <L 7>
    var_1 = wp::address(var_F2, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // U = wp.mat22()                                                                         <L 8>
    var_4 = wp::mat_t<2, 2, wp::float32>();
    // sigma = wp.vec2()                                                                      <L 9>
    var_5 = wp::vec_t<2, wp::float32>();
    // V = wp.mat22()                                                                         <L 10>
    var_6 = wp::mat_t<2, 2, wp::float32>();
    // wp.svd2(F, U, sigma, V)                                                                <L 11>
    wp::svd2(var_2, var_4, var_5, var_6);
    // polar_out[tid] = sigma                                                                 <L 13>
    wp::array_store(var_polar_out, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void extract_rotations_2d_e0e9b5f1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_rotations_2d_e0e9b5f1 *_wp_args,
    wp_args_extract_rotations_2d_e0e9b5f1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_F2 = _wp_args->F2;
    wp::array_t<wp::vec_t<2, wp::float32>> var_polar_out = _wp_args->polar_out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_F2 = _wp_adj_args->F2;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_polar_out = _wp_adj_args->polar_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 2, wp::float32> adj_1 = {};
    wp::mat_t<2, 2, wp::float32> adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::mat_t<2, 2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::mat_t<2, 2, wp::float32> adj_6 = {};
    //---------
    // forward
    // def extract_rotations_2d(F2: wp.array(dtype=wp.mat22), polar_out: wp.array(dtype=wp.vec2)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // F = F2[tid]                                                                            <L 7>
    var_1 = wp::address(var_F2, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // U = wp.mat22()                                                                         <L 8>
    var_4 = wp::mat_t<2, 2, wp::float32>();
    // sigma = wp.vec2()                                                                      <L 9>
    var_5 = wp::vec_t<2, wp::float32>();
    // V = wp.mat22()                                                                         <L 10>
    var_6 = wp::mat_t<2, 2, wp::float32>();
    // wp.svd2(F, U, sigma, V)                                                                <L 11>
    wp::svd2(var_2, var_4, var_5, var_6);
    // polar_out[tid] = sigma                                                                 <L 13>
    // wp::array_store(var_polar_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_polar_out, var_0, var_5, adj_polar_out, adj_0, adj_5);
    // adj: polar_out[tid] = sigma                                                            <L 13>
    wp::adj_svd2(var_2, var_4, var_5, var_6, adj_2, adj_4, adj_5, adj_6);
    // adj: wp.svd2(F, U, sigma, V)                                                           <L 11>
    // adj: V = wp.mat22()                                                                    <L 10>
    // adj: sigma = wp.vec2()                                                                 <L 9>
    // adj: U = wp.mat22()                                                                    <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_F2, var_0, adj_F2, adj_0, adj_1);
    // adj: F = F2[tid]                                                                       <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def extract_rotations_2d(F2: wp.array(dtype=wp.mat22), polar_out: wp.array(dtype=wp.vec2)):  <L 5>
    return;
}



struct extract_rotations_2d_e0e9b5f1_cpu_block_payload_forward
{
    wp_args_extract_rotations_2d_e0e9b5f1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void extract_rotations_2d_e0e9b5f1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    extract_rotations_2d_e0e9b5f1_cpu_block_payload_forward* payload = (extract_rotations_2d_e0e9b5f1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    extract_rotations_2d_e0e9b5f1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void extract_rotations_2d_e0e9b5f1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotations_2d_e0e9b5f1 *_wp_args)
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
        extract_rotations_2d_e0e9b5f1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &extract_rotations_2d_e0e9b5f1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct extract_rotations_2d_e0e9b5f1_cpu_block_payload_backward
{
    wp_args_extract_rotations_2d_e0e9b5f1* args;
    wp_args_extract_rotations_2d_e0e9b5f1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void extract_rotations_2d_e0e9b5f1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    extract_rotations_2d_e0e9b5f1_cpu_block_payload_backward* payload = (extract_rotations_2d_e0e9b5f1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    extract_rotations_2d_e0e9b5f1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void extract_rotations_2d_e0e9b5f1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotations_2d_e0e9b5f1 *_wp_args,
    wp_args_extract_rotations_2d_e0e9b5f1 *_wp_adj_args)
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
        extract_rotations_2d_e0e9b5f1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &extract_rotations_2d_e0e9b5f1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

