// Warp 1.19.0 cpu code for bias_activation_a6e35fb8.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_bias_activation_4a37b322 {
    wp::array_t<wp::float32> inputs;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void bias_activation_4a37b322_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_bias_activation_4a37b322 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def bias_activation(inputs: wp.array4d(dtype=float), out: wp.array4d(dtype=float)):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // out[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                          <L 7>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::tanh(var_6);
    wp::array_store(var_out, var_0, var_1, var_2, var_3, var_5);
}



template <bool wp_linear_contiguous>
static void bias_activation_4a37b322_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_bias_activation_4a37b322 *_wp_args,
    wp_args_bias_activation_4a37b322 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_inputs = _wp_adj_args->inputs;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def bias_activation(inputs: wp.array4d(dtype=float), out: wp.array4d(dtype=float)):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // out[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                          <L 7>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::tanh(var_6);
    // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_5, adj_out, adj_0, adj_1, adj_2, adj_3, adj_5);
    wp::adj_tanh(var_6, var_5, adj_4, adj_5);
    wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: out[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                     <L 7>
    // adj: n, c, y, x = wp.tid()                                                             <L 6>
    // adj: def bias_activation(inputs: wp.array4d(dtype=float), out: wp.array4d(dtype=float)):  <L 5>
    return;
}



struct bias_activation_4a37b322_cpu_block_payload_forward
{
    wp_args_bias_activation_4a37b322* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bias_activation_4a37b322_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    bias_activation_4a37b322_cpu_block_payload_forward* payload = (bias_activation_4a37b322_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bias_activation_4a37b322_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bias_activation_4a37b322_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_bias_activation_4a37b322 *_wp_args)
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
        bias_activation_4a37b322_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bias_activation_4a37b322_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bias_activation_4a37b322_cpu_block_payload_backward
{
    wp_args_bias_activation_4a37b322* args;
    wp_args_bias_activation_4a37b322* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bias_activation_4a37b322_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    bias_activation_4a37b322_cpu_block_payload_backward* payload = (bias_activation_4a37b322_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bias_activation_4a37b322_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bias_activation_4a37b322_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_bias_activation_4a37b322 *_wp_args,
    wp_args_bias_activation_4a37b322 *_wp_adj_args)
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
        bias_activation_4a37b322_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bias_activation_4a37b322_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

