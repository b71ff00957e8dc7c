// Warp 1.19.0 cpu code for channel_stats_05051547.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_channel_stats_53b86285 {
    wp::array_t<wp::float32> activations;
    wp::array_t<wp::float32> channel_sum;
    wp::array_t<wp::float32> channel_sq_sum;
};


template <bool wp_linear_contiguous>
static void channel_stats_53b86285_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_channel_stats_53b86285 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_activations = _wp_args->activations;
    wp::array_t<wp::float32> var_channel_sum = _wp_args->channel_sum;
    wp::array_t<wp::float32> var_channel_sq_sum = _wp_args->channel_sq_sum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def channel_stats(                                                                     <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // value = activations[n, c, y, x]                                                        <L 12>
    var_4 = wp::address(var_activations, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(channel_sum, c, value)                                                   <L 13>
    var_7 = wp::atomic_add(var_channel_sum, var_1, var_5);
    // wp.atomic_add(channel_sq_sum, c, value * value)                                        <L 14>
    var_8 = wp::mul(var_5, var_5);
    var_9 = wp::atomic_add(var_channel_sq_sum, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void channel_stats_53b86285_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_channel_stats_53b86285 *_wp_args,
    wp_args_channel_stats_53b86285 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_activations = _wp_args->activations;
    wp::array_t<wp::float32> var_channel_sum = _wp_args->channel_sum;
    wp::array_t<wp::float32> var_channel_sq_sum = _wp_args->channel_sq_sum;
    wp::array_t<wp::float32> adj_activations = _wp_adj_args->activations;
    wp::array_t<wp::float32> adj_channel_sum = _wp_adj_args->channel_sum;
    wp::array_t<wp::float32> adj_channel_sq_sum = _wp_adj_args->channel_sq_sum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def channel_stats(                                                                     <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // value = activations[n, c, y, x]                                                        <L 12>
    var_4 = wp::address(var_activations, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(channel_sum, c, value)                                                   <L 13>
    // var_7 = wp::atomic_add(var_channel_sum, var_1, var_5);
    // wp.atomic_add(channel_sq_sum, c, value * value)                                        <L 14>
    var_8 = wp::mul(var_5, var_5);
    // var_9 = wp::atomic_add(var_channel_sq_sum, var_1, var_8);
    //---------
    // reverse
    wp::adj_atomic_add(var_channel_sq_sum, var_1, var_8, adj_channel_sq_sum, adj_1, adj_8, adj_9);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_8);
    // adj: wp.atomic_add(channel_sq_sum, c, value * value)                                   <L 14>
    wp::adj_atomic_add(var_channel_sum, var_1, var_5, adj_channel_sum, adj_1, adj_5, adj_7);
    // adj: wp.atomic_add(channel_sum, c, value)                                              <L 13>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_activations, var_0, var_1, var_2, var_3, adj_activations, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: value = activations[n, c, y, x]                                                   <L 12>
    // adj: n, c, y, x = wp.tid()                                                             <L 11>
    // adj: def channel_stats(                                                                <L 5>
    return;
}



struct channel_stats_53b86285_cpu_block_payload_forward
{
    wp_args_channel_stats_53b86285* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void channel_stats_53b86285_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    channel_stats_53b86285_cpu_block_payload_forward* payload = (channel_stats_53b86285_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    channel_stats_53b86285_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void channel_stats_53b86285_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_53b86285 *_wp_args)
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
        channel_stats_53b86285_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &channel_stats_53b86285_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct channel_stats_53b86285_cpu_block_payload_backward
{
    wp_args_channel_stats_53b86285* args;
    wp_args_channel_stats_53b86285* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void channel_stats_53b86285_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    channel_stats_53b86285_cpu_block_payload_backward* payload = (channel_stats_53b86285_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    channel_stats_53b86285_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void channel_stats_53b86285_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_53b86285 *_wp_args,
    wp_args_channel_stats_53b86285 *_wp_adj_args)
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
        channel_stats_53b86285_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &channel_stats_53b86285_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

