// Warp 1.19.0 cpu code for bin_values_c6fcc4d4.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_bin_values_744728a1 {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> histogram;
};


template <bool wp_linear_contiguous>
static void bin_values_744728a1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bin_values_744728a1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_histogram = _wp_args->histogram;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    //---------
    // forward
    // def bin_values(values: wp.array[float], histogram: wp.array[int]):                     <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // num_bins = histogram.shape[0]                                                          <L 8>
    var_1 = &(var_histogram.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // b = wp.clamp(int(values[tid] * float(num_bins)), 0, num_bins - 1)                      <L 9>
    var_5 = wp::address(var_values, var_0);
    var_6 = wp::float(var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::int(var_7);
    var_12 = wp::sub(var_3, var_11);
    var_13 = wp::clamp(var_9, var_10, var_12);
    // wp.atomic_add(histogram, b, 1)                                                         <L 10>
    var_15 = wp::atomic_add(var_histogram, var_13, var_14);
}



template <bool wp_linear_contiguous>
static void bin_values_744728a1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bin_values_744728a1 *_wp_args,
    wp_args_bin_values_744728a1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_histogram = _wp_args->histogram;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_histogram = _wp_adj_args->histogram;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def bin_values(values: wp.array[float], histogram: wp.array[int]):                     <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // num_bins = histogram.shape[0]                                                          <L 8>
    var_1 = &(var_histogram.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // b = wp.clamp(int(values[tid] * float(num_bins)), 0, num_bins - 1)                      <L 9>
    var_5 = wp::address(var_values, var_0);
    var_6 = wp::float(var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::int(var_7);
    var_12 = wp::sub(var_3, var_11);
    var_13 = wp::clamp(var_9, var_10, var_12);
    // wp.atomic_add(histogram, b, 1)                                                         <L 10>
    // var_15 = wp::atomic_add(var_histogram, var_13, var_14);
    //---------
    // reverse
    wp::adj_atomic_add(var_histogram, var_13, var_14, adj_histogram, adj_13, adj_14, adj_15);
    // adj: wp.atomic_add(histogram, b, 1)                                                    <L 10>
    wp::adj_clamp(var_9, var_10, var_12, adj_9, adj_10, adj_12, adj_13);
    wp::adj_sub(var_3, var_11, adj_3, adj_11, adj_12);
    wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_float(var_3, adj_3, adj_6);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_5);
    // adj: b = wp.clamp(int(values[tid] * float(num_bins)), 0, num_bins - 1)                 <L 9>
    adj_histogram.shape = adj_1;
    // adj: num_bins = histogram.shape[0]                                                     <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def bin_values(values: wp.array[float], histogram: wp.array[int]):                <L 5>
    return;
}



struct bin_values_744728a1_cpu_block_payload_forward
{
    wp_args_bin_values_744728a1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bin_values_744728a1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bin_values_744728a1_cpu_block_payload_forward* payload = (bin_values_744728a1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bin_values_744728a1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bin_values_744728a1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bin_values_744728a1 *_wp_args)
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
        bin_values_744728a1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bin_values_744728a1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bin_values_744728a1_cpu_block_payload_backward
{
    wp_args_bin_values_744728a1* args;
    wp_args_bin_values_744728a1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bin_values_744728a1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bin_values_744728a1_cpu_block_payload_backward* payload = (bin_values_744728a1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bin_values_744728a1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bin_values_744728a1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bin_values_744728a1 *_wp_args,
    wp_args_bin_values_744728a1 *_wp_adj_args)
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
        bin_values_744728a1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bin_values_744728a1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

