// Warp 1.19.0 cpu code for filter_blocks_b2e46b96.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_filter_blocks_ab1aa039 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
};


template <bool wp_linear_contiguous>
static void filter_blocks_ab1aa039_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_filter_blocks_ab1aa039 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 64;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::int32 var_4;
    //---------
    // forward
    // def filter_blocks(x: wp.array[float], y: wp.array[float]):                             <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                             <L 11>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 64>(var_x, var_2);
    // wp.tile_store(y, t, offset=i * TILE_SIZE)                                              <L 12>
    var_4 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_y, var_4, var_3);
}



template <bool wp_linear_contiguous>
static void filter_blocks_ab1aa039_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_filter_blocks_ab1aa039 *_wp_args,
    wp_args_filter_blocks_ab1aa039 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 64;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::int32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
    wp::int32 adj_4 = {};
    //---------
    // forward
    // def filter_blocks(x: wp.array[float], y: wp.array[float]):                             <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                             <L 11>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 64>(var_x, var_2);
    // wp.tile_store(y, t, offset=i * TILE_SIZE)                                              <L 12>
    var_4 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_y, var_4, var_3);
    //---------
    // reverse
    wp::adj_tile_store(var_y, var_4, var_3, adj_y, adj_4, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: wp.tile_store(y, t, offset=i * TILE_SIZE)                                         <L 12>
    wp::adj_tile_load(var_x, var_2, adj_x, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 11>
    // adj: i = wp.tid()                                                                      <L 10>
    // adj: def filter_blocks(x: wp.array[float], y: wp.array[float]):                        <L 9>
    return;
}



struct filter_blocks_ab1aa039_cpu_block_payload_forward
{
    wp_args_filter_blocks_ab1aa039* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void filter_blocks_ab1aa039_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    filter_blocks_ab1aa039_cpu_block_payload_forward* payload = (filter_blocks_ab1aa039_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    filter_blocks_ab1aa039_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void filter_blocks_ab1aa039_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_blocks_ab1aa039 *_wp_args)
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
        filter_blocks_ab1aa039_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &filter_blocks_ab1aa039_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct filter_blocks_ab1aa039_cpu_block_payload_backward
{
    wp_args_filter_blocks_ab1aa039* args;
    wp_args_filter_blocks_ab1aa039* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void filter_blocks_ab1aa039_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    filter_blocks_ab1aa039_cpu_block_payload_backward* payload = (filter_blocks_ab1aa039_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    filter_blocks_ab1aa039_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void filter_blocks_ab1aa039_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_blocks_ab1aa039 *_wp_args,
    wp_args_filter_blocks_ab1aa039 *_wp_adj_args)
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
        filter_blocks_ab1aa039_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &filter_blocks_ab1aa039_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

