// Warp 1.19.0 cpu code for segment_sum_f788e9df.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_segment_sum_36f60271 {
    wp::array_t<wp::int32> segment_ids;
    wp::array_t<wp::float32> sample_weights;
    wp::array_t<wp::float32> values;
    wp::array_t<wp::float32> sums;
};


template <bool wp_linear_contiguous>
static void segment_sum_36f60271_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_segment_sum_36f60271 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_segment_ids = _wp_args->segment_ids;
    wp::array_t<wp::float32> var_sample_weights = _wp_args->sample_weights;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    bool var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def segment_sum(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // seg = segment_ids[tid]                                                                 <L 12>
    var_1 = wp::address(var_segment_ids, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if seg >= 0 and seg < sums.shape[0]:                                                   <L 13>
    var_6 = (var_2 >= var_5);
    var_4 = var_6;
    if (var_4) {
        var_7 = &(var_sums.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = (var_2 < var_9);
        var_4 = var_4 && var_11;
    }
    if (var_4) {
        // wp.atomic_max(sums, seg, sample_weights[tid] * values[tid])                        <L 14>
        var_12 = wp::address(var_sample_weights, var_0);
        var_13 = wp::address(var_values, var_0);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::atomic_max(var_sums, var_2, var_14);
    }
}



template <bool wp_linear_contiguous>
static void segment_sum_36f60271_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_segment_sum_36f60271 *_wp_args,
    wp_args_segment_sum_36f60271 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_segment_ids = _wp_args->segment_ids;
    wp::array_t<wp::float32> var_sample_weights = _wp_args->sample_weights;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> adj_segment_ids = _wp_adj_args->segment_ids;
    wp::array_t<wp::float32> adj_sample_weights = _wp_adj_args->sample_weights;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_sums = _wp_adj_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    bool var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def segment_sum(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // seg = segment_ids[tid]                                                                 <L 12>
    var_1 = wp::address(var_segment_ids, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if seg >= 0 and seg < sums.shape[0]:                                                   <L 13>
    var_6 = (var_2 >= var_5);
    var_4 = var_6;
    if (var_4) {
        var_7 = &(var_sums.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = (var_2 < var_9);
        var_4 = var_4 && var_11;
    }
    if (var_4) {
        // wp.atomic_max(sums, seg, sample_weights[tid] * values[tid])                        <L 14>
        var_12 = wp::address(var_sample_weights, var_0);
        var_13 = wp::address(var_values, var_0);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::mul(var_15, var_16);
        // var_17 = wp::atomic_max(var_sums, var_2, var_14);
    }
    //---------
    // reverse
    if (var_4) {
        wp::adj_atomic_max(var_sums, var_2, var_14, adj_sums, adj_2, adj_14, adj_17);
        wp::adj_mul(var_15, var_16, adj_12, adj_13, adj_14);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_13);
        wp::adj_address(var_sample_weights, var_0, adj_sample_weights, adj_0, adj_12);
        // adj: wp.atomic_max(sums, seg, sample_weights[tid] * values[tid])                   <L 14>
    }
    if (var_4) {
        adj_sums.shape = adj_7;
    }
    // adj: if seg >= 0 and seg < sums.shape[0]:                                              <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_segment_ids, var_0, adj_segment_ids, adj_0, adj_1);
    // adj: seg = segment_ids[tid]                                                            <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def segment_sum(                                                                  <L 5>
    return;
}



struct segment_sum_36f60271_cpu_block_payload_forward
{
    wp_args_segment_sum_36f60271* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void segment_sum_36f60271_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    segment_sum_36f60271_cpu_block_payload_forward* payload = (segment_sum_36f60271_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    segment_sum_36f60271_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void segment_sum_36f60271_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_segment_sum_36f60271 *_wp_args)
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
        segment_sum_36f60271_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &segment_sum_36f60271_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct segment_sum_36f60271_cpu_block_payload_backward
{
    wp_args_segment_sum_36f60271* args;
    wp_args_segment_sum_36f60271* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void segment_sum_36f60271_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    segment_sum_36f60271_cpu_block_payload_backward* payload = (segment_sum_36f60271_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    segment_sum_36f60271_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void segment_sum_36f60271_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_segment_sum_36f60271 *_wp_args,
    wp_args_segment_sum_36f60271 *_wp_adj_args)
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
        segment_sum_36f60271_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &segment_sum_36f60271_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

