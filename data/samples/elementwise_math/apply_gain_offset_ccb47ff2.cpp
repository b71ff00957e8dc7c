// Warp 1.19.0 cpu code for apply_gain_offset_ccb47ff2.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_apply_gain_offset_d4ea17cb {
    wp::array_t<wp::float64> values;
    wp::array_t<wp::float64> out;
    wp::float64 gain;
    wp::float64 bias;
};


template <bool wp_linear_contiguous>
static void apply_gain_offset_d4ea17cb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_gain_offset_d4ea17cb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_values = _wp_args->values;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::float64 var_gain = _wp_args->gain;
    wp::float64 var_bias = _wp_args->bias;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // forward
    // def apply_gain_offset(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // out[tid] = bias + gain * values[tid]                                                   <L 12>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_gain, var_3);
    var_4 = wp::add(var_bias, var_2);
    wp::array_store(var_out, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void apply_gain_offset_d4ea17cb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_gain_offset_d4ea17cb *_wp_args,
    wp_args_apply_gain_offset_d4ea17cb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_values = _wp_args->values;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::float64 var_gain = _wp_args->gain;
    wp::float64 var_bias = _wp_args->bias;
    wp::array_t<wp::float64> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    wp::float64 adj_gain = _wp_adj_args->gain;
    wp::float64 adj_bias = _wp_adj_args->bias;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    //---------
    // forward
    // def apply_gain_offset(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // out[tid] = bias + gain * values[tid]                                                   <L 12>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_gain, var_3);
    var_4 = wp::add(var_bias, var_2);
    // wp::array_store(var_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
    wp::adj_add(var_bias, var_2, adj_bias, adj_2, adj_4);
    wp::adj_mul(var_gain, var_3, adj_gain, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: out[tid] = bias + gain * values[tid]                                              <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def apply_gain_offset(                                                            <L 5>
    return;
}



struct apply_gain_offset_d4ea17cb_cpu_block_payload_forward
{
    wp_args_apply_gain_offset_d4ea17cb* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_gain_offset_d4ea17cb_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_gain_offset_d4ea17cb_cpu_block_payload_forward* payload = (apply_gain_offset_d4ea17cb_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_gain_offset_d4ea17cb_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_gain_offset_d4ea17cb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_gain_offset_d4ea17cb *_wp_args)
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
        apply_gain_offset_d4ea17cb_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_gain_offset_d4ea17cb_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct apply_gain_offset_d4ea17cb_cpu_block_payload_backward
{
    wp_args_apply_gain_offset_d4ea17cb* args;
    wp_args_apply_gain_offset_d4ea17cb* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_gain_offset_d4ea17cb_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_gain_offset_d4ea17cb_cpu_block_payload_backward* payload = (apply_gain_offset_d4ea17cb_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_gain_offset_d4ea17cb_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void apply_gain_offset_d4ea17cb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_gain_offset_d4ea17cb *_wp_args,
    wp_args_apply_gain_offset_d4ea17cb *_wp_adj_args)
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
        apply_gain_offset_d4ea17cb_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_gain_offset_d4ea17cb_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

