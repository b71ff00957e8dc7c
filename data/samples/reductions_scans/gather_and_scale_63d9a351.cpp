// Warp 1.19.0 cpu code for gather_and_scale_63d9a351.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_gather_and_scale_28a40ee9 {
    wp::array_t<wp::vec_t<2, wp::float32>> src;
    wp::array_t<wp::int32> perm;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::vec_t<2, wp::float32>> dst;
};


template <bool wp_linear_contiguous>
static void gather_and_scale_28a40ee9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_and_scale_28a40ee9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_perm = _wp_args->perm;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // forward
    // def gather_and_scale(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // dst[tid] += weights[tid] * src[perm[tid]]                                              <L 12>
    var_1 = wp::address(var_weights, var_0);
    var_2 = wp::address(var_perm, var_0);
    var_3 = wp::load(var_2);
    var_4 = wp::address(var_src, var_3);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_7);
    var_8 = wp::atomic_add(var_dst, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void gather_and_scale_28a40ee9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_and_scale_28a40ee9 *_wp_args,
    wp_args_gather_and_scale_28a40ee9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_perm = _wp_args->perm;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst = _wp_args->dst;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::int32> adj_perm = _wp_adj_args->perm;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    //---------
    // forward
    // def gather_and_scale(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // dst[tid] += weights[tid] * src[perm[tid]]                                              <L 12>
    var_1 = wp::address(var_weights, var_0);
    var_2 = wp::address(var_perm, var_0);
    var_3 = wp::load(var_2);
    var_4 = wp::address(var_src, var_3);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_7);
    // var_8 = wp::atomic_add(var_dst, var_0, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_dst, var_0, var_5, adj_dst, adj_0, adj_5, adj_8);
    wp::adj_mul(var_6, var_7, adj_1, adj_4, adj_5);
    wp::adj_address(var_src, var_3, adj_src, adj_3, adj_4);
    wp::adj_address(var_perm, var_0, adj_perm, adj_0, adj_2);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_1);
    // adj: dst[tid] += weights[tid] * src[perm[tid]]                                         <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def gather_and_scale(                                                             <L 5>
    return;
}



struct gather_and_scale_28a40ee9_cpu_block_payload_forward
{
    wp_args_gather_and_scale_28a40ee9* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void gather_and_scale_28a40ee9_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    gather_and_scale_28a40ee9_cpu_block_payload_forward* payload = (gather_and_scale_28a40ee9_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    gather_and_scale_28a40ee9_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void gather_and_scale_28a40ee9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_and_scale_28a40ee9 *_wp_args)
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
        gather_and_scale_28a40ee9_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &gather_and_scale_28a40ee9_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct gather_and_scale_28a40ee9_cpu_block_payload_backward
{
    wp_args_gather_and_scale_28a40ee9* args;
    wp_args_gather_and_scale_28a40ee9* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void gather_and_scale_28a40ee9_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    gather_and_scale_28a40ee9_cpu_block_payload_backward* payload = (gather_and_scale_28a40ee9_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    gather_and_scale_28a40ee9_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void gather_and_scale_28a40ee9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_and_scale_28a40ee9 *_wp_args,
    wp_args_gather_and_scale_28a40ee9 *_wp_adj_args)
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
        gather_and_scale_28a40ee9_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &gather_and_scale_28a40ee9_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

