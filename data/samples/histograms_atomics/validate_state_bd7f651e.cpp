// Warp 1.19.0 cpu code for validate_state_bd7f651e.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_validate_state_88c5c274 {
    wp::array_t<wp::float32> values;
    wp::array_t<bool> valid;
    wp::array_t<wp::int64> total_count;
};


template <bool wp_linear_contiguous>
static void validate_state_88c5c274_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_validate_state_88c5c274 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<bool> var_valid = _wp_args->valid;
    wp::array_t<wp::int64> var_total_count = _wp_args->total_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    wp::int64 var_7;
    wp::int64 var_8;
    //---------
    // forward
    // def validate_state(values: wp.array[float], valid: wp.array[bool], total_count: wp.array[wp.int64]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ok = wp.isfinite(x)                                                                    <L 8>
    var_4 = wp::isfinite(var_2);
    // valid[tid] = ok                                                                        <L 9>
    wp::array_store(var_valid, var_0, var_4);
    // if not ok:                                                                             <L 10>
    var_5 = wp::unot(var_4);
    if (var_5) {
        // wp.atomic_add(total_count, 0, wp.int64(1))                                         <L 11>
        var_7 = 1ll;
        var_8 = wp::atomic_add(var_total_count, var_6, var_7);
    }
}



template <bool wp_linear_contiguous>
static void validate_state_88c5c274_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_validate_state_88c5c274 *_wp_args,
    wp_args_validate_state_88c5c274 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<bool> var_valid = _wp_args->valid;
    wp::array_t<wp::int64> var_total_count = _wp_args->total_count;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<bool> adj_valid = _wp_adj_args->valid;
    wp::array_t<wp::int64> adj_total_count = _wp_adj_args->total_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    wp::int64 var_7;
    wp::int64 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int64 adj_7 = {};
    wp::int64 adj_8 = {};
    //---------
    // forward
    // def validate_state(values: wp.array[float], valid: wp.array[bool], total_count: wp.array[wp.int64]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ok = wp.isfinite(x)                                                                    <L 8>
    var_4 = wp::isfinite(var_2);
    // valid[tid] = ok                                                                        <L 9>
    // wp::array_store(var_valid, var_0, var_4);
    // if not ok:                                                                             <L 10>
    var_5 = wp::unot(var_4);
    if (var_5) {
        // wp.atomic_add(total_count, 0, wp.int64(1))                                         <L 11>
        var_7 = 1ll;
        // var_8 = wp::atomic_add(var_total_count, var_6, var_7);
    }
    //---------
    // reverse
    if (var_5) {
        wp::adj_atomic_add(var_total_count, var_6, var_7, adj_total_count, adj_6, adj_7, adj_8);
        // adj: wp.atomic_add(total_count, 0, wp.int64(1))                                    <L 11>
    }
    // adj: if not ok:                                                                        <L 10>
    wp::adj_array_store(var_valid, var_0, var_4, adj_valid, adj_0, adj_4);
    // adj: valid[tid] = ok                                                                   <L 9>
    // adj: ok = wp.isfinite(x)                                                               <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x = values[tid]                                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def validate_state(values: wp.array[float], valid: wp.array[bool], total_count: wp.array[wp.int64]):  <L 5>
    return;
}



struct validate_state_88c5c274_cpu_block_payload_forward
{
    wp_args_validate_state_88c5c274* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void validate_state_88c5c274_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    validate_state_88c5c274_cpu_block_payload_forward* payload = (validate_state_88c5c274_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    validate_state_88c5c274_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void validate_state_88c5c274_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_validate_state_88c5c274 *_wp_args)
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
        validate_state_88c5c274_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &validate_state_88c5c274_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct validate_state_88c5c274_cpu_block_payload_backward
{
    wp_args_validate_state_88c5c274* args;
    wp_args_validate_state_88c5c274* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void validate_state_88c5c274_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    validate_state_88c5c274_cpu_block_payload_backward* payload = (validate_state_88c5c274_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    validate_state_88c5c274_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void validate_state_88c5c274_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_validate_state_88c5c274 *_wp_args,
    wp_args_validate_state_88c5c274 *_wp_adj_args)
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
        validate_state_88c5c274_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &validate_state_88c5c274_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

