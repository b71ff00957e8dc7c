// Warp 1.19.0 cpu code for find_nearest_673ce86d.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_find_nearest_a15b49aa {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::vec_t<3, wp::float32> anchor;
    wp::float32 inv_max_dist;
    wp::array_t<wp::int32> best_key;
};


template <bool wp_linear_contiguous>
static void find_nearest_a15b49aa_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_nearest_a15b49aa *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_anchor = _wp_args->anchor;
    wp::float32 var_inv_max_dist = _wp_args->inv_max_dist;
    wp::array_t<wp::int32> var_best_key = _wp_args->best_key;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 32767.0;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 16;
    wp::int32 var_13;
    const wp::int32 var_14 = 65535;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    //---------
    // forward
    // def find_nearest(                                                                      <L 8>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // d = wp.length(positions[tid] - anchor)                                                 <L 16>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_anchor);
    var_4 = wp::length(var_2);
    // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 18>
    var_5 = wp::mul(var_4, var_inv_max_dist);
    var_8 = wp::clamp(var_5, var_6, var_7);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::int(var_10);
    // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 19>
    var_13 = wp::lshift(var_11, var_12);
    var_15 = wp::bit_and(var_0, var_14);
    var_16 = wp::bit_or(var_13, var_15);
    // wp.atomic_min(best_key, 0, key)                                                        <L 20>
    var_18 = wp::atomic_min(var_best_key, var_17, var_16);
}



template <bool wp_linear_contiguous>
static void find_nearest_a15b49aa_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_nearest_a15b49aa *_wp_args,
    wp_args_find_nearest_a15b49aa *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_anchor = _wp_args->anchor;
    wp::float32 var_inv_max_dist = _wp_args->inv_max_dist;
    wp::array_t<wp::int32> var_best_key = _wp_args->best_key;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::vec_t<3, wp::float32> adj_anchor = _wp_adj_args->anchor;
    wp::float32 adj_inv_max_dist = _wp_adj_args->inv_max_dist;
    wp::array_t<wp::int32> adj_best_key = _wp_adj_args->best_key;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 32767.0;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 16;
    wp::int32 var_13;
    const wp::int32 var_14 = 65535;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def find_nearest(                                                                      <L 8>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // d = wp.length(positions[tid] - anchor)                                                 <L 16>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_anchor);
    var_4 = wp::length(var_2);
    // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 18>
    var_5 = wp::mul(var_4, var_inv_max_dist);
    var_8 = wp::clamp(var_5, var_6, var_7);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::int(var_10);
    // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 19>
    var_13 = wp::lshift(var_11, var_12);
    var_15 = wp::bit_and(var_0, var_14);
    var_16 = wp::bit_or(var_13, var_15);
    // wp.atomic_min(best_key, 0, key)                                                        <L 20>
    // var_18 = wp::atomic_min(var_best_key, var_17, var_16);
    //---------
    // reverse
    wp::adj_atomic_min(var_best_key, var_17, var_16, adj_best_key, adj_17, adj_16, adj_18);
    // adj: wp.atomic_min(best_key, 0, key)                                                   <L 20>
    // adj: key = (q << INDEX_BITS) | (tid & 0xFFFF)                                          <L 19>
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_clamp(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    wp::adj_mul(var_4, var_inv_max_dist, adj_4, adj_inv_max_dist, adj_5);
    // adj: q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                           <L 18>
    wp::adj_length(var_2, var_4, adj_2, adj_4);
    wp::adj_sub(var_3, var_anchor, adj_1, adj_anchor, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: d = wp.length(positions[tid] - anchor)                                            <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def find_nearest(                                                                 <L 8>
    return;
}



struct find_nearest_a15b49aa_cpu_block_payload_forward
{
    wp_args_find_nearest_a15b49aa* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void find_nearest_a15b49aa_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    find_nearest_a15b49aa_cpu_block_payload_forward* payload = (find_nearest_a15b49aa_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    find_nearest_a15b49aa_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void find_nearest_a15b49aa_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_nearest_a15b49aa *_wp_args)
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
        find_nearest_a15b49aa_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &find_nearest_a15b49aa_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct find_nearest_a15b49aa_cpu_block_payload_backward
{
    wp_args_find_nearest_a15b49aa* args;
    wp_args_find_nearest_a15b49aa* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void find_nearest_a15b49aa_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    find_nearest_a15b49aa_cpu_block_payload_backward* payload = (find_nearest_a15b49aa_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    find_nearest_a15b49aa_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void find_nearest_a15b49aa_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_nearest_a15b49aa *_wp_args,
    wp_args_find_nearest_a15b49aa *_wp_adj_args)
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
        find_nearest_a15b49aa_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &find_nearest_a15b49aa_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

