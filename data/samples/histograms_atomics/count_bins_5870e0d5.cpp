// Warp 1.19.0 cpu code for count_bins_5870e0d5.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_count_bins_ae04eec5 {
    wp::array_t<wp::float64> u;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void count_bins_ae04eec5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_bins_ae04eec5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_u = _wp_args->u;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    //---------
    // forward
    // def count_bins(u: wp.array(dtype=wp.float64), counts: wp.array(dtype=int)):            <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // num_bins = counts.shape[0]                                                             <L 7>
    var_1 = &(var_counts.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // b = wp.max(wp.min(int(u[tid] * wp.float64(num_bins)), num_bins - 1), 0)                <L 8>
    var_5 = wp::address(var_u, var_0);
    var_6 = wp::float64(var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::int(var_7);
    var_11 = wp::sub(var_3, var_10);
    var_12 = wp::min(var_9, var_11);
    var_14 = wp::max(var_12, var_13);
    // wp.atomic_add(counts, b, 1)                                                            <L 9>
    var_16 = wp::atomic_add(var_counts, var_14, var_15);
}



template <bool wp_linear_contiguous>
static void count_bins_ae04eec5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_bins_ae04eec5 *_wp_args,
    wp_args_count_bins_ae04eec5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_u = _wp_args->u;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float64> adj_u = _wp_adj_args->u;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def count_bins(u: wp.array(dtype=wp.float64), counts: wp.array(dtype=int)):            <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // num_bins = counts.shape[0]                                                             <L 7>
    var_1 = &(var_counts.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // b = wp.max(wp.min(int(u[tid] * wp.float64(num_bins)), num_bins - 1), 0)                <L 8>
    var_5 = wp::address(var_u, var_0);
    var_6 = wp::float64(var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::int(var_7);
    var_11 = wp::sub(var_3, var_10);
    var_12 = wp::min(var_9, var_11);
    var_14 = wp::max(var_12, var_13);
    // wp.atomic_add(counts, b, 1)                                                            <L 9>
    // var_16 = wp::atomic_add(var_counts, var_14, var_15);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_14, var_15, adj_counts, adj_14, adj_15, adj_16);
    // adj: wp.atomic_add(counts, b, 1)                                                       <L 9>
    wp::adj_max(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_min(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_sub(var_3, var_10, adj_3, adj_10, adj_11);
    wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_float64(var_3, adj_3, adj_6);
    wp::adj_address(var_u, var_0, adj_u, adj_0, adj_5);
    // adj: b = wp.max(wp.min(int(u[tid] * wp.float64(num_bins)), num_bins - 1), 0)           <L 8>
    adj_counts.shape = adj_1;
    // adj: num_bins = counts.shape[0]                                                        <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def count_bins(u: wp.array(dtype=wp.float64), counts: wp.array(dtype=int)):       <L 5>
    return;
}



struct count_bins_ae04eec5_cpu_block_payload_forward
{
    wp_args_count_bins_ae04eec5* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_bins_ae04eec5_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_bins_ae04eec5_cpu_block_payload_forward* payload = (count_bins_ae04eec5_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_bins_ae04eec5_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_bins_ae04eec5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_ae04eec5 *_wp_args)
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
        count_bins_ae04eec5_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_bins_ae04eec5_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_bins_ae04eec5_cpu_block_payload_backward
{
    wp_args_count_bins_ae04eec5* args;
    wp_args_count_bins_ae04eec5* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_bins_ae04eec5_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_bins_ae04eec5_cpu_block_payload_backward* payload = (count_bins_ae04eec5_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_bins_ae04eec5_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_bins_ae04eec5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_ae04eec5 *_wp_args,
    wp_args_count_bins_ae04eec5 *_wp_adj_args)
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
        count_bins_ae04eec5_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_bins_ae04eec5_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

