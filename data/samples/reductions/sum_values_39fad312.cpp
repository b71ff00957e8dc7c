// Warp 1.19.0 cpu code for sum_values_39fad312.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sum_values_f73198e5 {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::float32> total;
};


template <bool wp_linear_contiguous>
static void sum_values_f73198e5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_values_f73198e5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def sum_values(data: wp.array(dtype=float), total: wp.array(dtype=float)):             <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // wp.atomic_add(total, 0, data[tid])                                                     <L 7>
    var_2 = wp::address(var_data, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::atomic_add(var_total, var_1, var_4);
}



template <bool wp_linear_contiguous>
static void sum_values_f73198e5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_values_f73198e5 *_wp_args,
    wp_args_sum_values_f73198e5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def sum_values(data: wp.array(dtype=float), total: wp.array(dtype=float)):             <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // wp.atomic_add(total, 0, data[tid])                                                     <L 7>
    var_2 = wp::address(var_data, var_0);
    var_4 = wp::load(var_2);
    // var_3 = wp::atomic_add(var_total, var_1, var_4);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_1, var_4, adj_total, adj_1, adj_2, adj_3);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_2);
    // adj: wp.atomic_add(total, 0, data[tid])                                                <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def sum_values(data: wp.array(dtype=float), total: wp.array(dtype=float)):        <L 5>
    return;
}



struct sum_values_f73198e5_cpu_block_payload_forward
{
    wp_args_sum_values_f73198e5* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sum_values_f73198e5_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sum_values_f73198e5_cpu_block_payload_forward* payload = (sum_values_f73198e5_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sum_values_f73198e5_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sum_values_f73198e5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_values_f73198e5 *_wp_args)
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
        sum_values_f73198e5_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sum_values_f73198e5_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sum_values_f73198e5_cpu_block_payload_backward
{
    wp_args_sum_values_f73198e5* args;
    wp_args_sum_values_f73198e5* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sum_values_f73198e5_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sum_values_f73198e5_cpu_block_payload_backward* payload = (sum_values_f73198e5_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sum_values_f73198e5_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sum_values_f73198e5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_values_f73198e5 *_wp_args,
    wp_args_sum_values_f73198e5 *_wp_adj_args)
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
        sum_values_f73198e5_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sum_values_f73198e5_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

