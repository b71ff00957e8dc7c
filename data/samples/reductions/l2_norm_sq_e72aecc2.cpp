// Warp 1.19.0 cpu code for l2_norm_sq_e72aecc2.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_l2_norm_sq_6b64ec05 {
    wp::array_t<wp::vec_t<2, wp::float32>> u;
    wp::array_t<wp::float32> sum_out;
};


template <bool wp_linear_contiguous>
static void l2_norm_sq_6b64ec05_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_l2_norm_sq_6b64ec05 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_sum_out = _wp_args->sum_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def l2_norm_sq(u: wp.array(dtype=wp.vec2), sum_out: wp.array(dtype=float)):            <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // a = u[tid]                                                                             <L 7>
    var_1 = wp::address(var_u, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(sum_out, 0, wp.length_sq(a))                                             <L 8>
    var_5 = wp::length_sq(var_2);
    var_6 = wp::atomic_add(var_sum_out, var_4, var_5);
}



template <bool wp_linear_contiguous>
static void l2_norm_sq_6b64ec05_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_l2_norm_sq_6b64ec05 *_wp_args,
    wp_args_l2_norm_sq_6b64ec05 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_sum_out = _wp_args->sum_out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_sum_out = _wp_adj_args->sum_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def l2_norm_sq(u: wp.array(dtype=wp.vec2), sum_out: wp.array(dtype=float)):            <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // a = u[tid]                                                                             <L 7>
    var_1 = wp::address(var_u, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(sum_out, 0, wp.length_sq(a))                                             <L 8>
    var_5 = wp::length_sq(var_2);
    // var_6 = wp::atomic_add(var_sum_out, var_4, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_sum_out, var_4, var_5, adj_sum_out, adj_4, adj_5, adj_6);
    wp::adj_length_sq(var_2, adj_2, adj_5);
    // adj: wp.atomic_add(sum_out, 0, wp.length_sq(a))                                        <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_u, var_0, adj_u, adj_0, adj_1);
    // adj: a = u[tid]                                                                        <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def l2_norm_sq(u: wp.array(dtype=wp.vec2), sum_out: wp.array(dtype=float)):       <L 5>
    return;
}



struct l2_norm_sq_6b64ec05_cpu_block_payload_forward
{
    wp_args_l2_norm_sq_6b64ec05* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void l2_norm_sq_6b64ec05_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    l2_norm_sq_6b64ec05_cpu_block_payload_forward* payload = (l2_norm_sq_6b64ec05_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    l2_norm_sq_6b64ec05_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void l2_norm_sq_6b64ec05_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_l2_norm_sq_6b64ec05 *_wp_args)
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
        l2_norm_sq_6b64ec05_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &l2_norm_sq_6b64ec05_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct l2_norm_sq_6b64ec05_cpu_block_payload_backward
{
    wp_args_l2_norm_sq_6b64ec05* args;
    wp_args_l2_norm_sq_6b64ec05* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void l2_norm_sq_6b64ec05_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    l2_norm_sq_6b64ec05_cpu_block_payload_backward* payload = (l2_norm_sq_6b64ec05_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    l2_norm_sq_6b64ec05_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void l2_norm_sq_6b64ec05_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_l2_norm_sq_6b64ec05 *_wp_args,
    wp_args_l2_norm_sq_6b64ec05 *_wp_adj_args)
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
        l2_norm_sq_6b64ec05_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &l2_norm_sq_6b64ec05_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

