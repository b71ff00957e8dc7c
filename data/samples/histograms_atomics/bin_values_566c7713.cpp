// Warp 1.19.0 cpu code for bin_values_566c7713.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_bin_values_d95f5d0e {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> counts;
    wp::float32 lower;
    wp::float32 inv_bin_width;
};


template <bool wp_linear_contiguous>
static void bin_values_d95f5d0e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bin_values_d95f5d0e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_lower = _wp_args->lower;
    wp::float32 var_inv_bin_width = _wp_args->inv_bin_width;
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
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    //---------
    // forward
    // def bin_values(values: wp.array[float], counts: wp.array[int], lower: float, inv_bin_width: float):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 8>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // num_bins = counts.shape[0]                                                             <L 9>
    var_4 = &(var_counts.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // b = wp.clamp(int((x - lower) * inv_bin_width), 0, num_bins - 1)                        <L 10>
    var_8 = wp::sub(var_2, var_lower);
    var_9 = wp::mul(var_8, var_inv_bin_width);
    var_10 = wp::int(var_9);
    var_13 = wp::sub(var_6, var_12);
    var_14 = wp::clamp(var_10, var_11, var_13);
    // wp.atomic_add(counts, b, 1)                                                            <L 11>
    var_16 = wp::atomic_add(var_counts, var_14, var_15);
}



template <bool wp_linear_contiguous>
static void bin_values_d95f5d0e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bin_values_d95f5d0e *_wp_args,
    wp_args_bin_values_d95f5d0e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_lower = _wp_args->lower;
    wp::float32 var_inv_bin_width = _wp_args->inv_bin_width;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::float32 adj_lower = _wp_adj_args->lower;
    wp::float32 adj_inv_bin_width = _wp_adj_args->inv_bin_width;
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
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
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
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def bin_values(values: wp.array[float], counts: wp.array[int], lower: float, inv_bin_width: float):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 8>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // num_bins = counts.shape[0]                                                             <L 9>
    var_4 = &(var_counts.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // b = wp.clamp(int((x - lower) * inv_bin_width), 0, num_bins - 1)                        <L 10>
    var_8 = wp::sub(var_2, var_lower);
    var_9 = wp::mul(var_8, var_inv_bin_width);
    var_10 = wp::int(var_9);
    var_13 = wp::sub(var_6, var_12);
    var_14 = wp::clamp(var_10, var_11, var_13);
    // wp.atomic_add(counts, b, 1)                                                            <L 11>
    // var_16 = wp::atomic_add(var_counts, var_14, var_15);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_14, var_15, adj_counts, adj_14, adj_15, adj_16);
    // adj: wp.atomic_add(counts, b, 1)                                                       <L 11>
    wp::adj_clamp(var_10, var_11, var_13, adj_10, adj_11, adj_13, adj_14);
    wp::adj_sub(var_6, var_12, adj_6, adj_12, adj_13);
    wp::adj_mul(var_8, var_inv_bin_width, adj_8, adj_inv_bin_width, adj_9);
    wp::adj_sub(var_2, var_lower, adj_2, adj_lower, adj_8);
    // adj: b = wp.clamp(int((x - lower) * inv_bin_width), 0, num_bins - 1)                   <L 10>
    adj_counts.shape = adj_4;
    // adj: num_bins = counts.shape[0]                                                        <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x = values[tid]                                                                   <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def bin_values(values: wp.array[float], counts: wp.array[int], lower: float, inv_bin_width: float):  <L 5>
    return;
}



struct bin_values_d95f5d0e_cpu_block_payload_forward
{
    wp_args_bin_values_d95f5d0e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bin_values_d95f5d0e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bin_values_d95f5d0e_cpu_block_payload_forward* payload = (bin_values_d95f5d0e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bin_values_d95f5d0e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bin_values_d95f5d0e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bin_values_d95f5d0e *_wp_args)
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
        bin_values_d95f5d0e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bin_values_d95f5d0e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bin_values_d95f5d0e_cpu_block_payload_backward
{
    wp_args_bin_values_d95f5d0e* args;
    wp_args_bin_values_d95f5d0e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bin_values_d95f5d0e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bin_values_d95f5d0e_cpu_block_payload_backward* payload = (bin_values_d95f5d0e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bin_values_d95f5d0e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bin_values_d95f5d0e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bin_values_d95f5d0e *_wp_args,
    wp_args_bin_values_d95f5d0e *_wp_adj_args)
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
        bin_values_d95f5d0e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bin_values_d95f5d0e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

