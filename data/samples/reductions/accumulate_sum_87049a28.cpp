// Warp 1.19.0 cpu code for accumulate_sum_87049a28.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_accumulate_sum_b414f3eb {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::float32> total;
};


template <bool wp_linear_contiguous>
static void accumulate_sum_b414f3eb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_sum_b414f3eb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def accumulate_sum(data: wp.array[float], total: wp.array[float]):                     <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 8>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(total, 0, wp.abs(x))                                                     <L 9>
    var_5 = wp::abs(var_2);
    var_6 = wp::atomic_add(var_total, var_4, var_5);
}



template <bool wp_linear_contiguous>
static void accumulate_sum_b414f3eb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_sum_b414f3eb *_wp_args,
    wp_args_accumulate_sum_b414f3eb *_wp_adj_args)
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
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def accumulate_sum(data: wp.array[float], total: wp.array[float]):                     <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 8>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(total, 0, wp.abs(x))                                                     <L 9>
    var_5 = wp::abs(var_2);
    // var_6 = wp::atomic_add(var_total, var_4, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_4, var_5, adj_total, adj_4, adj_5, adj_6);
    wp::adj_abs(var_2, adj_2, adj_5);
    // adj: wp.atomic_add(total, 0, wp.abs(x))                                                <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
    // adj: x = data[tid]                                                                     <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def accumulate_sum(data: wp.array[float], total: wp.array[float]):                <L 5>
    return;
}



struct accumulate_sum_b414f3eb_cpu_block_payload_forward
{
    wp_args_accumulate_sum_b414f3eb* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_sum_b414f3eb_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_sum_b414f3eb_cpu_block_payload_forward* payload = (accumulate_sum_b414f3eb_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_sum_b414f3eb_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_sum_b414f3eb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_sum_b414f3eb *_wp_args)
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
        accumulate_sum_b414f3eb_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_sum_b414f3eb_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_sum_b414f3eb_cpu_block_payload_backward
{
    wp_args_accumulate_sum_b414f3eb* args;
    wp_args_accumulate_sum_b414f3eb* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_sum_b414f3eb_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_sum_b414f3eb_cpu_block_payload_backward* payload = (accumulate_sum_b414f3eb_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_sum_b414f3eb_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_sum_b414f3eb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_sum_b414f3eb *_wp_args,
    wp_args_accumulate_sum_b414f3eb *_wp_adj_args)
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
        accumulate_sum_b414f3eb_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_sum_b414f3eb_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

