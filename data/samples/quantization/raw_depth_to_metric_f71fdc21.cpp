// Warp 1.19.0 cpu code for raw_depth_to_metric_f71fdc21.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_raw_depth_to_metric_dfa051cf {
    wp::array_t<wp::uint16> depth_raw;
    wp::array_t<wp::float32> depth_m;
};


template <bool wp_linear_contiguous>
static void raw_depth_to_metric_dfa051cf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_raw_depth_to_metric_dfa051cf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::uint16> var_depth_raw = _wp_args->depth_raw;
    wp::array_t<wp::float32> var_depth_m = _wp_args->depth_m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint16* var_1;
    wp::uint16 var_2;
    wp::uint16 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.001;
    wp::float32 var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    wp::uint16 var_9;
    bool var_10;
    const wp::float32 var_11 = 10.0;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    //---------
    // forward
    // def raw_depth_to_metric(depth_raw: wp.array[wp.uint16], depth_m: wp.array[float]):       <L 8>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // raw = depth_raw[tid]                                                                   <L 11>
    var_1 = wp::address(var_depth_raw, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // z = float(raw) * 0.001                                                                 <L 12>
    var_4 = wp::float(var_2);
    var_6 = wp::mul(var_4, var_5);
    // if raw == wp.uint16(0) or z > MAX_DEPTH:                                               <L 13>
    var_9 = wp::uint16(var_8);
    var_10 = (var_2 == var_9);
    var_7 = var_10;
    if (!var_7) {
        var_12 = (var_6 > var_11);
        var_7 = var_7 || var_12;
    }
    if (var_7) {
        // z = 0.0                                                                            <L 14>
    }
    var_14 = wp::where(var_7, var_13, var_6);
    // depth_m[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                             <L 15>
    var_16 = wp::clamp(var_14, var_15, var_11);
    wp::array_store(var_depth_m, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void raw_depth_to_metric_dfa051cf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_raw_depth_to_metric_dfa051cf *_wp_args,
    wp_args_raw_depth_to_metric_dfa051cf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::uint16> var_depth_raw = _wp_args->depth_raw;
    wp::array_t<wp::float32> var_depth_m = _wp_args->depth_m;
    wp::array_t<wp::uint16> adj_depth_raw = _wp_adj_args->depth_raw;
    wp::array_t<wp::float32> adj_depth_m = _wp_adj_args->depth_m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint16* var_1;
    wp::uint16 var_2;
    wp::uint16 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.001;
    wp::float32 var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    wp::uint16 var_9;
    bool var_10;
    const wp::float32 var_11 = 10.0;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint16 adj_1 = {};
    wp::uint16 adj_2 = {};
    wp::uint16 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::uint16 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def raw_depth_to_metric(depth_raw: wp.array[wp.uint16], depth_m: wp.array[float]):       <L 8>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // raw = depth_raw[tid]                                                                   <L 11>
    var_1 = wp::address(var_depth_raw, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // z = float(raw) * 0.001                                                                 <L 12>
    var_4 = wp::float(var_2);
    var_6 = wp::mul(var_4, var_5);
    // if raw == wp.uint16(0) or z > MAX_DEPTH:                                               <L 13>
    var_9 = wp::uint16(var_8);
    var_10 = (var_2 == var_9);
    var_7 = var_10;
    if (!var_7) {
        var_12 = (var_6 > var_11);
        var_7 = var_7 || var_12;
    }
    if (var_7) {
        // z = 0.0                                                                            <L 14>
    }
    var_14 = wp::where(var_7, var_13, var_6);
    // depth_m[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                             <L 15>
    var_16 = wp::clamp(var_14, var_15, var_11);
    // wp::array_store(var_depth_m, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_depth_m, var_0, var_16, adj_depth_m, adj_0, adj_16);
    wp::adj_clamp(var_14, var_15, var_11, adj_14, adj_15, adj_11, adj_16);
    // adj: depth_m[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                        <L 15>
    wp::adj_where(var_7, var_13, var_6, adj_7, adj_13, adj_6, adj_14);
    if (var_7) {
        // adj: z = 0.0                                                                       <L 14>
    }
    if (!var_7) {
    }
    // adj: if raw == wp.uint16(0) or z > MAX_DEPTH:                                          <L 13>
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_2, adj_2, adj_4);
    // adj: z = float(raw) * 0.001                                                            <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_depth_raw, var_0, adj_depth_raw, adj_0, adj_1);
    // adj: raw = depth_raw[tid]                                                              <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def raw_depth_to_metric(depth_raw: wp.array[wp.uint16], depth_m: wp.array[float]):  <L 8>
    return;
}



struct raw_depth_to_metric_dfa051cf_cpu_block_payload_forward
{
    wp_args_raw_depth_to_metric_dfa051cf* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void raw_depth_to_metric_dfa051cf_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    raw_depth_to_metric_dfa051cf_cpu_block_payload_forward* payload = (raw_depth_to_metric_dfa051cf_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    raw_depth_to_metric_dfa051cf_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void raw_depth_to_metric_dfa051cf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_raw_depth_to_metric_dfa051cf *_wp_args)
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
        raw_depth_to_metric_dfa051cf_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &raw_depth_to_metric_dfa051cf_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct raw_depth_to_metric_dfa051cf_cpu_block_payload_backward
{
    wp_args_raw_depth_to_metric_dfa051cf* args;
    wp_args_raw_depth_to_metric_dfa051cf* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void raw_depth_to_metric_dfa051cf_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    raw_depth_to_metric_dfa051cf_cpu_block_payload_backward* payload = (raw_depth_to_metric_dfa051cf_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    raw_depth_to_metric_dfa051cf_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void raw_depth_to_metric_dfa051cf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_raw_depth_to_metric_dfa051cf *_wp_args,
    wp_args_raw_depth_to_metric_dfa051cf *_wp_adj_args)
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
        raw_depth_to_metric_dfa051cf_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &raw_depth_to_metric_dfa051cf_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

