// Warp 1.19.0 cpu code for binary_op_3b67d4e1.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_binary_op_cad8131d {
    wp::array_t<wp::float16> values;
    wp::array_t<wp::float16> other;
    wp::array_t<wp::float16> result;
};


template <bool wp_linear_contiguous>
static void binary_op_cad8131d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_binary_op_cad8131d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_values = _wp_args->values;
    wp::array_t<wp::float16> var_other = _wp_args->other;
    wp::array_t<wp::float16> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float16* var_1;
    wp::float16 var_2;
    wp::float16 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    //---------
    // forward
    // def binary_op(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 11>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // result[tid] = x * other[tid]                                                           <L 12>
    var_4 = wp::address(var_other, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    wp::array_store(var_result, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void binary_op_cad8131d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_binary_op_cad8131d *_wp_args,
    wp_args_binary_op_cad8131d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_values = _wp_args->values;
    wp::array_t<wp::float16> var_other = _wp_args->other;
    wp::array_t<wp::float16> var_result = _wp_args->result;
    wp::array_t<wp::float16> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float16> adj_other = _wp_adj_args->other;
    wp::array_t<wp::float16> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float16* var_1;
    wp::float16 var_2;
    wp::float16 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::float16 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float16 adj_6 = {};
    //---------
    // forward
    // def binary_op(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 11>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // result[tid] = x * other[tid]                                                           <L 12>
    var_4 = wp::address(var_other, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    // wp::array_store(var_result, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_5, adj_result, adj_0, adj_5);
    wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
    wp::adj_address(var_other, var_0, adj_other, adj_0, adj_4);
    // adj: result[tid] = x * other[tid]                                                      <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x = values[tid]                                                                   <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def binary_op(                                                                    <L 5>
    return;
}



struct binary_op_cad8131d_cpu_block_payload_forward
{
    wp_args_binary_op_cad8131d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void binary_op_cad8131d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    binary_op_cad8131d_cpu_block_payload_forward* payload = (binary_op_cad8131d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    binary_op_cad8131d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void binary_op_cad8131d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_binary_op_cad8131d *_wp_args)
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
        binary_op_cad8131d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &binary_op_cad8131d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct binary_op_cad8131d_cpu_block_payload_backward
{
    wp_args_binary_op_cad8131d* args;
    wp_args_binary_op_cad8131d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void binary_op_cad8131d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    binary_op_cad8131d_cpu_block_payload_backward* payload = (binary_op_cad8131d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    binary_op_cad8131d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void binary_op_cad8131d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_binary_op_cad8131d *_wp_args,
    wp_args_binary_op_cad8131d *_wp_adj_args)
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
        binary_op_cad8131d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &binary_op_cad8131d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

