// Warp 1.19.0 cpu code for metric_to_raw_depth_c25955b0.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_metric_to_raw_depth_f5b73ae1 {
    wp::array_t<wp::float32> depth;
    wp::array_t<wp::uint16> depth_u16;
    wp::float32 depth_scale;
};


template <bool wp_linear_contiguous>
static void metric_to_raw_depth_f5b73ae1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_metric_to_raw_depth_f5b73ae1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::array_t<wp::uint16> var_depth_u16 = _wp_args->depth_u16;
    wp::float32 var_depth_scale = _wp_args->depth_scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = 65535.0;
    bool var_10;
    const wp::int32 var_11 = 0;
    wp::uint16 var_12;
    wp::uint16 var_13;
    //---------
    // forward
    // def metric_to_raw_depth(depth: wp.array[float], depth_u16: wp.array[wp.uint16], depth_scale: float):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // z = depth[tid]                                                                         <L 7>
    var_1 = wp::address(var_depth, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // units = wp.rint(z / depth_scale)                                                       <L 8>
    var_4 = wp::div(var_2, var_depth_scale);
    var_5 = wp::rint(var_4);
    // if units <= 0.0 or units > 65535.0:                                                    <L 10>
    var_8 = (var_5 <= var_7);
    var_6 = var_8;
    if (!var_6) {
        var_10 = (var_5 > var_9);
        var_6 = var_6 || var_10;
    }
    if (var_6) {
        // depth_u16[tid] = wp.uint16(0)                                                      <L 11>
        var_12 = wp::uint16(var_11);
        wp::array_store(var_depth_u16, var_0, var_12);
    }
    if (!var_6) {
        // depth_u16[tid] = wp.uint16(units)                                                  <L 13>
        var_13 = wp::uint16(var_5);
        wp::array_store(var_depth_u16, var_0, var_13);
    }
}



template <bool wp_linear_contiguous>
static void metric_to_raw_depth_f5b73ae1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_metric_to_raw_depth_f5b73ae1 *_wp_args,
    wp_args_metric_to_raw_depth_f5b73ae1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::array_t<wp::uint16> var_depth_u16 = _wp_args->depth_u16;
    wp::float32 var_depth_scale = _wp_args->depth_scale;
    wp::array_t<wp::float32> adj_depth = _wp_adj_args->depth;
    wp::array_t<wp::uint16> adj_depth_u16 = _wp_adj_args->depth_u16;
    wp::float32 adj_depth_scale = _wp_adj_args->depth_scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = 65535.0;
    bool var_10;
    const wp::int32 var_11 = 0;
    wp::uint16 var_12;
    wp::uint16 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::uint16 adj_12 = {};
    wp::uint16 adj_13 = {};
    //---------
    // forward
    // def metric_to_raw_depth(depth: wp.array[float], depth_u16: wp.array[wp.uint16], depth_scale: float):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // z = depth[tid]                                                                         <L 7>
    var_1 = wp::address(var_depth, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // units = wp.rint(z / depth_scale)                                                       <L 8>
    var_4 = wp::div(var_2, var_depth_scale);
    var_5 = wp::rint(var_4);
    // if units <= 0.0 or units > 65535.0:                                                    <L 10>
    var_8 = (var_5 <= var_7);
    var_6 = var_8;
    if (!var_6) {
        var_10 = (var_5 > var_9);
        var_6 = var_6 || var_10;
    }
    if (var_6) {
        // depth_u16[tid] = wp.uint16(0)                                                      <L 11>
        var_12 = wp::uint16(var_11);
        // wp::array_store(var_depth_u16, var_0, var_12);
    }
    if (!var_6) {
        // depth_u16[tid] = wp.uint16(units)                                                  <L 13>
        var_13 = wp::uint16(var_5);
        // wp::array_store(var_depth_u16, var_0, var_13);
    }
    //---------
    // reverse
    if (!var_6) {
        wp::adj_array_store(var_depth_u16, var_0, var_13, adj_depth_u16, adj_0, adj_13);
        // adj: depth_u16[tid] = wp.uint16(units)                                             <L 13>
    }
    if (var_6) {
        wp::adj_array_store(var_depth_u16, var_0, var_12, adj_depth_u16, adj_0, adj_12);
        // adj: depth_u16[tid] = wp.uint16(0)                                                 <L 11>
    }
    if (!var_6) {
    }
    // adj: if units <= 0.0 or units > 65535.0:                                               <L 10>
    wp::adj_div(var_2, var_depth_scale, var_4, adj_2, adj_depth_scale, adj_4);
    // adj: units = wp.rint(z / depth_scale)                                                  <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_depth, var_0, adj_depth, adj_0, adj_1);
    // adj: z = depth[tid]                                                                    <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def metric_to_raw_depth(depth: wp.array[float], depth_u16: wp.array[wp.uint16], depth_scale: float):  <L 5>
    return;
}



struct metric_to_raw_depth_f5b73ae1_cpu_block_payload_forward
{
    wp_args_metric_to_raw_depth_f5b73ae1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void metric_to_raw_depth_f5b73ae1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    metric_to_raw_depth_f5b73ae1_cpu_block_payload_forward* payload = (metric_to_raw_depth_f5b73ae1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    metric_to_raw_depth_f5b73ae1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void metric_to_raw_depth_f5b73ae1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_metric_to_raw_depth_f5b73ae1 *_wp_args)
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
        metric_to_raw_depth_f5b73ae1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &metric_to_raw_depth_f5b73ae1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct metric_to_raw_depth_f5b73ae1_cpu_block_payload_backward
{
    wp_args_metric_to_raw_depth_f5b73ae1* args;
    wp_args_metric_to_raw_depth_f5b73ae1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void metric_to_raw_depth_f5b73ae1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    metric_to_raw_depth_f5b73ae1_cpu_block_payload_backward* payload = (metric_to_raw_depth_f5b73ae1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    metric_to_raw_depth_f5b73ae1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void metric_to_raw_depth_f5b73ae1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_metric_to_raw_depth_f5b73ae1 *_wp_args,
    wp_args_metric_to_raw_depth_f5b73ae1 *_wp_adj_args)
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
        metric_to_raw_depth_f5b73ae1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &metric_to_raw_depth_f5b73ae1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

