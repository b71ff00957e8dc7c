// Warp 1.19.0 cpu code for partial_sums_9cf7bf91.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_partial_sums_1e2c9434 {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::float32> baseline;
    wp::float32 gain;
    wp::float32 alpha;
    wp::array_t<wp::float32> block_sums;
};


template <bool wp_linear_contiguous>
static void partial_sums_1e2c9434_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_partial_sums_1e2c9434 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_baseline = _wp_args->baseline;
    wp::float32 var_gain = _wp_args->gain;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_block_sums = _wp_args->block_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 64;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::int32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    //---------
    // forward
    // def partial_sums(                                                                      <L 9>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // tile = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                     <L 17>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
    // ref = wp.tile_load(baseline, shape=TILE_SIZE, offset=i * TILE_SIZE)                    <L 18>
    var_4 = wp::mul(var_0, var_1);
    var_5 = wp::tile_load<wp::float32, true, false, 64>(var_baseline, var_4);
    // blended = wp.tile_zeros(shape=TILE_SIZE, dtype=float)                                  <L 21>
    var_6 = wp::tile_zeros<float, 64>();
    // wp.tile_axpy(gain, tile, blended)                                                      <L 22>
    wp::tile_axpy(var_gain, var_3, var_6);
    // wp.tile_axpy(alpha, ref, blended)                                                      <L 23>
    wp::tile_axpy(var_alpha, var_5, var_6);
    // s = wp.tile_max(blended)                                                               <L 24>
    var_7 = wp::tile_max(var_6);
    // wp.tile_store(block_sums, s, offset=i)                                                 <L 26>
    wp::tile_store<wp::float32, true, false>(var_block_sums, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void partial_sums_1e2c9434_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_partial_sums_1e2c9434 *_wp_args,
    wp_args_partial_sums_1e2c9434 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_baseline = _wp_args->baseline;
    wp::float32 var_gain = _wp_args->gain;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_block_sums = _wp_args->block_sums;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_baseline = _wp_adj_args->baseline;
    wp::float32 adj_gain = _wp_adj_args->gain;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::array_t<wp::float32> adj_block_sums = _wp_adj_args->block_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 64;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::int32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_5{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_6{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_7{};
    //---------
    // forward
    // def partial_sums(                                                                      <L 9>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // tile = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                     <L 17>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
    // ref = wp.tile_load(baseline, shape=TILE_SIZE, offset=i * TILE_SIZE)                    <L 18>
    var_4 = wp::mul(var_0, var_1);
    var_5 = wp::tile_load<wp::float32, true, false, 64>(var_baseline, var_4);
    // blended = wp.tile_zeros(shape=TILE_SIZE, dtype=float)                                  <L 21>
    var_6 = wp::tile_zeros<float, 64>();
    // wp.tile_axpy(gain, tile, blended)                                                      <L 22>
    wp::tile_axpy(var_gain, var_3, var_6);
    // wp.tile_axpy(alpha, ref, blended)                                                      <L 23>
    wp::tile_axpy(var_alpha, var_5, var_6);
    // s = wp.tile_max(blended)                                                               <L 24>
    var_7 = wp::tile_max(var_6);
    // wp.tile_store(block_sums, s, offset=i)                                                 <L 26>
    // wp::tile_store<wp::float32, true, false>(var_block_sums, var_0, var_7);
    //---------
    // reverse
    wp::adj_tile_store(var_block_sums, var_0, var_7, adj_block_sums, adj_0, adj_7);
    // adj: wp.tile_store(block_sums, s, offset=i)                                            <L 26>
    // adj: s = wp.tile_max(blended)                                                          <L 24>
    wp::adj_tile_axpy(var_alpha, var_5, var_6, adj_alpha, adj_5, adj_6);
    // adj: wp.tile_axpy(alpha, ref, blended)                                                 <L 23>
    wp::adj_tile_axpy(var_gain, var_3, var_6, adj_gain, adj_3, adj_6);
    // adj: wp.tile_axpy(gain, tile, blended)                                                 <L 22>
    // adj: blended = wp.tile_zeros(shape=TILE_SIZE, dtype=float)                             <L 21>
    wp::adj_tile_load(var_baseline, var_4, adj_baseline, adj_4, adj_5);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: ref = wp.tile_load(baseline, shape=TILE_SIZE, offset=i * TILE_SIZE)               <L 18>
    wp::adj_tile_load(var_values, var_2, adj_values, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: tile = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def partial_sums(                                                                 <L 9>
    return;
}



struct partial_sums_1e2c9434_cpu_block_payload_forward
{
    wp_args_partial_sums_1e2c9434* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void partial_sums_1e2c9434_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    partial_sums_1e2c9434_cpu_block_payload_forward* payload = (partial_sums_1e2c9434_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    partial_sums_1e2c9434_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void partial_sums_1e2c9434_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_1e2c9434 *_wp_args)
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
        partial_sums_1e2c9434_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &partial_sums_1e2c9434_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct partial_sums_1e2c9434_cpu_block_payload_backward
{
    wp_args_partial_sums_1e2c9434* args;
    wp_args_partial_sums_1e2c9434* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void partial_sums_1e2c9434_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    partial_sums_1e2c9434_cpu_block_payload_backward* payload = (partial_sums_1e2c9434_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    partial_sums_1e2c9434_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void partial_sums_1e2c9434_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_1e2c9434 *_wp_args,
    wp_args_partial_sums_1e2c9434 *_wp_adj_args)
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
        partial_sums_1e2c9434_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &partial_sums_1e2c9434_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

