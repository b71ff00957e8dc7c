// Warp 1.19.0 cpu code for sum_by_label_3100b50a.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sum_by_label_92fd2276 {
    wp::array_t<wp::int32> segments;
    wp::array_t<wp::float32> values;
    wp::array_t<wp::float32> segment_sums;
};


template <bool wp_linear_contiguous>
static void sum_by_label_92fd2276_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_by_label_92fd2276 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_segments = _wp_args->segments;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_segment_sums = _wp_args->segment_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def sum_by_label(segments: wp.array[int], values: wp.array[float], segment_sums: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // seg = segments[tid]                                                                    <L 8>
    var_1 = wp::address(var_segments, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = values[tid]                                                                        <L 9>
    var_4 = wp::address(var_values, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if seg >= 0 and seg < segment_sums.shape[0]:                                           <L 10>
    var_9 = (var_2 >= var_8);
    var_7 = var_9;
    if (var_7) {
        var_10 = &(var_segment_sums.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_2 < var_12);
        var_7 = var_7 && var_14;
    }
    if (var_7) {
        // wp.atomic_add(segment_sums, seg, v)                                                <L 11>
        var_15 = wp::atomic_add(var_segment_sums, var_2, var_5);
    }
}



template <bool wp_linear_contiguous>
static void sum_by_label_92fd2276_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_by_label_92fd2276 *_wp_args,
    wp_args_sum_by_label_92fd2276 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_segments = _wp_args->segments;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_segment_sums = _wp_args->segment_sums;
    wp::array_t<wp::int32> adj_segments = _wp_adj_args->segments;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_segment_sums = _wp_adj_args->segment_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def sum_by_label(segments: wp.array[int], values: wp.array[float], segment_sums: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // seg = segments[tid]                                                                    <L 8>
    var_1 = wp::address(var_segments, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = values[tid]                                                                        <L 9>
    var_4 = wp::address(var_values, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if seg >= 0 and seg < segment_sums.shape[0]:                                           <L 10>
    var_9 = (var_2 >= var_8);
    var_7 = var_9;
    if (var_7) {
        var_10 = &(var_segment_sums.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_2 < var_12);
        var_7 = var_7 && var_14;
    }
    if (var_7) {
        // wp.atomic_add(segment_sums, seg, v)                                                <L 11>
        // var_15 = wp::atomic_add(var_segment_sums, var_2, var_5);
    }
    //---------
    // reverse
    if (var_7) {
        wp::adj_atomic_add(var_segment_sums, var_2, var_5, adj_segment_sums, adj_2, adj_5, adj_15);
        // adj: wp.atomic_add(segment_sums, seg, v)                                           <L 11>
    }
    if (var_7) {
        adj_segment_sums.shape = adj_10;
    }
    // adj: if seg >= 0 and seg < segment_sums.shape[0]:                                      <L 10>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_4);
    // adj: v = values[tid]                                                                   <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_segments, var_0, adj_segments, adj_0, adj_1);
    // adj: seg = segments[tid]                                                               <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def sum_by_label(segments: wp.array[int], values: wp.array[float], segment_sums: wp.array[float]):  <L 5>
    return;
}



struct sum_by_label_92fd2276_cpu_block_payload_forward
{
    wp_args_sum_by_label_92fd2276* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sum_by_label_92fd2276_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sum_by_label_92fd2276_cpu_block_payload_forward* payload = (sum_by_label_92fd2276_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sum_by_label_92fd2276_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sum_by_label_92fd2276_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_by_label_92fd2276 *_wp_args)
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
        sum_by_label_92fd2276_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sum_by_label_92fd2276_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sum_by_label_92fd2276_cpu_block_payload_backward
{
    wp_args_sum_by_label_92fd2276* args;
    wp_args_sum_by_label_92fd2276* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sum_by_label_92fd2276_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sum_by_label_92fd2276_cpu_block_payload_backward* payload = (sum_by_label_92fd2276_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sum_by_label_92fd2276_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sum_by_label_92fd2276_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_by_label_92fd2276 *_wp_args,
    wp_args_sum_by_label_92fd2276 *_wp_adj_args)
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
        sum_by_label_92fd2276_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sum_by_label_92fd2276_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

