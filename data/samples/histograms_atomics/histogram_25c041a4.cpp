// Warp 1.19.0 cpu code for histogram_25c041a4.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_histogram_c92639df {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> hist;
    wp::float32 range_min;
};


template <bool wp_linear_contiguous>
static void histogram_c92639df_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_histogram_c92639df *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    wp::float32 var_range_min = _wp_args->range_min;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 16.0;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    //---------
    // forward
    // def histogram(values: wp.array[float], hist: wp.array[int], range_min: float):         <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // num_bins = hist.shape[0]                                                               <L 8>
    var_4 = &(var_hist.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // b = wp.clamp(int((x - range_min) * 16.0), 0, num_bins - 1)                             <L 9>
    var_8 = wp::sub(var_2, var_range_min);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::int(var_10);
    var_14 = wp::sub(var_6, var_13);
    var_15 = wp::clamp(var_11, var_12, var_14);
    // wp.atomic_add(hist, b, 1)                                                              <L 10>
    var_17 = wp::atomic_add(var_hist, var_15, var_16);
}



template <bool wp_linear_contiguous>
static void histogram_c92639df_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_histogram_c92639df *_wp_args,
    wp_args_histogram_c92639df *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    wp::float32 var_range_min = _wp_args->range_min;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_hist = _wp_adj_args->hist;
    wp::float32 adj_range_min = _wp_adj_args->range_min;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 16.0;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
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
    //---------
    // forward
    // def histogram(values: wp.array[float], hist: wp.array[int], range_min: float):         <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // num_bins = hist.shape[0]                                                               <L 8>
    var_4 = &(var_hist.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // b = wp.clamp(int((x - range_min) * 16.0), 0, num_bins - 1)                             <L 9>
    var_8 = wp::sub(var_2, var_range_min);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::int(var_10);
    var_14 = wp::sub(var_6, var_13);
    var_15 = wp::clamp(var_11, var_12, var_14);
    // wp.atomic_add(hist, b, 1)                                                              <L 10>
    // var_17 = wp::atomic_add(var_hist, var_15, var_16);
    //---------
    // reverse
    wp::adj_atomic_add(var_hist, var_15, var_16, adj_hist, adj_15, adj_16, adj_17);
    // adj: wp.atomic_add(hist, b, 1)                                                         <L 10>
    wp::adj_clamp(var_11, var_12, var_14, adj_11, adj_12, adj_14, adj_15);
    wp::adj_sub(var_6, var_13, adj_6, adj_13, adj_14);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_sub(var_2, var_range_min, adj_2, adj_range_min, adj_8);
    // adj: b = wp.clamp(int((x - range_min) * 16.0), 0, num_bins - 1)                        <L 9>
    adj_hist.shape = adj_4;
    // adj: num_bins = hist.shape[0]                                                          <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x = values[tid]                                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def histogram(values: wp.array[float], hist: wp.array[int], range_min: float):    <L 5>
    return;
}



struct histogram_c92639df_cpu_block_payload_forward
{
    wp_args_histogram_c92639df* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void histogram_c92639df_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    histogram_c92639df_cpu_block_payload_forward* payload = (histogram_c92639df_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    histogram_c92639df_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void histogram_c92639df_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_histogram_c92639df *_wp_args)
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
        histogram_c92639df_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &histogram_c92639df_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct histogram_c92639df_cpu_block_payload_backward
{
    wp_args_histogram_c92639df* args;
    wp_args_histogram_c92639df* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void histogram_c92639df_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    histogram_c92639df_cpu_block_payload_backward* payload = (histogram_c92639df_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    histogram_c92639df_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void histogram_c92639df_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_histogram_c92639df *_wp_args,
    wp_args_histogram_c92639df *_wp_adj_args)
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
        histogram_c92639df_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &histogram_c92639df_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

