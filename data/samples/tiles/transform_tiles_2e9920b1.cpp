// Warp 1.19.0 cpu code for transform_tiles_2e9920b1.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_transform_tiles_43654c83 {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::float32> y;
    wp::float32 threshold;
};


template <bool wp_linear_contiguous>
static void transform_tiles_43654c83_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transform_tiles_43654c83 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::float32 var_threshold = _wp_args->threshold;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 64;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::int32 var_7;
    //---------
    // forward
    // def transform_tiles(values: wp.array[float], y: wp.array[float], threshold: float):       <L 9>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 12>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
    // clipped = wp.tile_map(wp.max, t, wp.tile_full(shape=TILE_SIZE, value=threshold, dtype=float))       <L 13>
    var_4 = wp::tile_full<wp::float32, 64>(var_threshold);
    var_5 = wp::tile_binary_map(wp::max, var_3, var_4);
    // mapped = wp.tile_map(wp.cos, clipped)                                                  <L 14>
    var_6 = wp::tile_unary_map(wp::cos, var_5);
    // wp.tile_store(y, mapped, offset=i * TILE_SIZE)                                         <L 15>
    var_7 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_y, var_7, var_6);
}



template <bool wp_linear_contiguous>
static void transform_tiles_43654c83_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transform_tiles_43654c83 *_wp_args,
    wp_args_transform_tiles_43654c83 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::float32 var_threshold = _wp_args->threshold;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    wp::float32 adj_threshold = _wp_adj_args->threshold;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 64;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::int32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_4{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_5{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_6{};
    wp::int32 adj_7 = {};
    //---------
    // forward
    // def transform_tiles(values: wp.array[float], y: wp.array[float], threshold: float):       <L 9>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 12>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
    // clipped = wp.tile_map(wp.max, t, wp.tile_full(shape=TILE_SIZE, value=threshold, dtype=float))       <L 13>
    var_4 = wp::tile_full<wp::float32, 64>(var_threshold);
    var_5 = wp::tile_binary_map(wp::max, var_3, var_4);
    // mapped = wp.tile_map(wp.cos, clipped)                                                  <L 14>
    var_6 = wp::tile_unary_map(wp::cos, var_5);
    // wp.tile_store(y, mapped, offset=i * TILE_SIZE)                                         <L 15>
    var_7 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_y, var_7, var_6);
    //---------
    // reverse
    wp::adj_tile_store(var_y, var_7, var_6, adj_y, adj_7, adj_6);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_7);
    // adj: wp.tile_store(y, mapped, offset=i * TILE_SIZE)                                    <L 15>
    wp::adj_tile_unary_map(wp::cos, var_5, wp::adj_cos, adj_5, adj_6);
    // adj: mapped = wp.tile_map(wp.cos, clipped)                                             <L 14>
    wp::adj_tile_binary_map(wp::max, var_3, var_4, wp::adj_max, adj_3, adj_4, adj_5);
    // adj: clipped = wp.tile_map(wp.max, t, wp.tile_full(shape=TILE_SIZE, value=threshold, dtype=float))  <L 13>
    wp::adj_tile_load(var_values, var_2, adj_values, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                   <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def transform_tiles(values: wp.array[float], y: wp.array[float], threshold: float):  <L 9>
    return;
}



struct transform_tiles_43654c83_cpu_block_payload_forward
{
    wp_args_transform_tiles_43654c83* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void transform_tiles_43654c83_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    transform_tiles_43654c83_cpu_block_payload_forward* payload = (transform_tiles_43654c83_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    transform_tiles_43654c83_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void transform_tiles_43654c83_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transform_tiles_43654c83 *_wp_args)
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
        transform_tiles_43654c83_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &transform_tiles_43654c83_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct transform_tiles_43654c83_cpu_block_payload_backward
{
    wp_args_transform_tiles_43654c83* args;
    wp_args_transform_tiles_43654c83* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void transform_tiles_43654c83_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    transform_tiles_43654c83_cpu_block_payload_backward* payload = (transform_tiles_43654c83_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    transform_tiles_43654c83_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void transform_tiles_43654c83_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transform_tiles_43654c83 *_wp_args,
    wp_args_transform_tiles_43654c83 *_wp_adj_args)
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
        transform_tiles_43654c83_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &transform_tiles_43654c83_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

