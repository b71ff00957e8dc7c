// Warp 1.19.0 cpu code for compute_inverse_e84a79d9.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_compute_inverse_ca4f7da8 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> area_maps;
};


template <bool wp_linear_contiguous>
static void compute_inverse_ca4f7da8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_inverse_ca4f7da8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_area_maps = _wp_args->area_maps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1e-08;
    bool var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    const wp::int32 var_9 = 3;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    //---------
    // forward
    // def compute_inverse(F: wp.array[wp.mat33], area_maps: wp.array[wp.mat33]):             <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // def_grad = F[tid]                                                                      <L 7>
    var_1 = wp::address(var_F, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // det = wp.determinant(def_grad)                                                         <L 8>
    var_4 = wp::determinant(var_2);
    // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(def_grad), wp.identity(n=3, dtype=float))       <L 9>
    var_5 = wp::abs(var_4);
    var_7 = (var_5 > var_6);
    var_8 = wp::inverse(var_2);
    var_10 = wp::identity<3, wp::float32>();
    var_11 = wp::where(var_7, var_8, var_10);
    // area_maps[tid] = det * wp.transpose(inv)                                               <L 10>
    var_12 = wp::transpose(var_11);
    var_13 = wp::mul(var_4, var_12);
    wp::array_store(var_area_maps, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void compute_inverse_ca4f7da8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_inverse_ca4f7da8 *_wp_args,
    wp_args_compute_inverse_ca4f7da8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_area_maps = _wp_args->area_maps;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F = _wp_adj_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_area_maps = _wp_adj_args->area_maps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1e-08;
    bool var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    const wp::int32 var_9 = 3;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def compute_inverse(F: wp.array[wp.mat33], area_maps: wp.array[wp.mat33]):             <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // def_grad = F[tid]                                                                      <L 7>
    var_1 = wp::address(var_F, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // det = wp.determinant(def_grad)                                                         <L 8>
    var_4 = wp::determinant(var_2);
    // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(def_grad), wp.identity(n=3, dtype=float))       <L 9>
    var_5 = wp::abs(var_4);
    var_7 = (var_5 > var_6);
    var_8 = wp::inverse(var_2);
    var_10 = wp::identity<3, wp::float32>();
    var_11 = wp::where(var_7, var_8, var_10);
    // area_maps[tid] = det * wp.transpose(inv)                                               <L 10>
    var_12 = wp::transpose(var_11);
    var_13 = wp::mul(var_4, var_12);
    // wp::array_store(var_area_maps, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_area_maps, var_0, var_13, adj_area_maps, adj_0, adj_13);
    wp::adj_mul(var_4, var_12, adj_4, adj_12, adj_13);
    wp::adj_transpose(var_11, adj_11, adj_12);
    // adj: area_maps[tid] = det * wp.transpose(inv)                                          <L 10>
    wp::adj_where(var_7, var_8, var_10, adj_7, adj_8, adj_10, adj_11);
    wp::adj_inverse(var_2, var_8, adj_2, adj_8);
    wp::adj_abs(var_4, adj_4, adj_5);
    // adj: inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(def_grad), wp.identity(n=3, dtype=float))  <L 9>
    wp::adj_determinant(var_2, adj_2, adj_4);
    // adj: det = wp.determinant(def_grad)                                                    <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
    // adj: def_grad = F[tid]                                                                 <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def compute_inverse(F: wp.array[wp.mat33], area_maps: wp.array[wp.mat33]):        <L 5>
    return;
}



struct compute_inverse_ca4f7da8_cpu_block_payload_forward
{
    wp_args_compute_inverse_ca4f7da8* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void compute_inverse_ca4f7da8_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    compute_inverse_ca4f7da8_cpu_block_payload_forward* payload = (compute_inverse_ca4f7da8_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    compute_inverse_ca4f7da8_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_inverse_ca4f7da8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_ca4f7da8 *_wp_args)
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
        compute_inverse_ca4f7da8_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &compute_inverse_ca4f7da8_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct compute_inverse_ca4f7da8_cpu_block_payload_backward
{
    wp_args_compute_inverse_ca4f7da8* args;
    wp_args_compute_inverse_ca4f7da8* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void compute_inverse_ca4f7da8_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    compute_inverse_ca4f7da8_cpu_block_payload_backward* payload = (compute_inverse_ca4f7da8_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    compute_inverse_ca4f7da8_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void compute_inverse_ca4f7da8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_ca4f7da8 *_wp_args,
    wp_args_compute_inverse_ca4f7da8 *_wp_adj_args)
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
        compute_inverse_ca4f7da8_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &compute_inverse_ca4f7da8_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

