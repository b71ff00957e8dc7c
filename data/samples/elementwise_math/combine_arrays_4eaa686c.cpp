// Warp 1.19.0 cpu code for combine_arrays_4eaa686c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_combine_arrays_0130743c {
    wp::array_t<wp::int32> values;
    wp::array_t<wp::int32> y;
    wp::array_t<wp::int32> out;
};


template <bool wp_linear_contiguous>
static void combine_arrays_0130743c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_combine_arrays_0130743c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_y = _wp_args->y;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    //---------
    // forward
    // def combine_arrays(values: wp.array[int], y: wp.array[int], out: wp.array[int]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // xi = values[tid]                                                                       <L 8>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[tid] = xi * y[tid]                                                                 <L 9>
    var_4 = wp::address(var_y, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    wp::array_store(var_out, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void combine_arrays_0130743c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_combine_arrays_0130743c *_wp_args,
    wp_args_combine_arrays_0130743c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_y = _wp_args->y;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_y = _wp_adj_args->y;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    //---------
    // forward
    // def combine_arrays(values: wp.array[int], y: wp.array[int], out: wp.array[int]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // xi = values[tid]                                                                       <L 8>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[tid] = xi * y[tid]                                                                 <L 9>
    var_4 = wp::address(var_y, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    // wp::array_store(var_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
    wp::adj_address(var_y, var_0, adj_y, adj_0, adj_4);
    // adj: out[tid] = xi * y[tid]                                                            <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: xi = values[tid]                                                                  <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def combine_arrays(values: wp.array[int], y: wp.array[int], out: wp.array[int]):  <L 5>
    return;
}



struct combine_arrays_0130743c_cpu_block_payload_forward
{
    wp_args_combine_arrays_0130743c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void combine_arrays_0130743c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    combine_arrays_0130743c_cpu_block_payload_forward* payload = (combine_arrays_0130743c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    combine_arrays_0130743c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void combine_arrays_0130743c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_arrays_0130743c *_wp_args)
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
        combine_arrays_0130743c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &combine_arrays_0130743c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct combine_arrays_0130743c_cpu_block_payload_backward
{
    wp_args_combine_arrays_0130743c* args;
    wp_args_combine_arrays_0130743c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void combine_arrays_0130743c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    combine_arrays_0130743c_cpu_block_payload_backward* payload = (combine_arrays_0130743c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    combine_arrays_0130743c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void combine_arrays_0130743c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_arrays_0130743c *_wp_args,
    wp_args_combine_arrays_0130743c *_wp_adj_args)
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
        combine_arrays_0130743c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &combine_arrays_0130743c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

