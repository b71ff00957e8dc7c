// Warp 1.19.0 cpu code for rescale_tensor_b8b56332.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_rescale_tensor_6884bf7e {
    wp::array_t<wp::float64> act;
    wp::array_t<wp::float64> scales;
    wp::array_t<wp::float64> out;
    wp::float64 offset;
};


template <bool wp_linear_contiguous>
static void rescale_tensor_6884bf7e_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_rescale_tensor_6884bf7e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_act = _wp_args->act;
    wp::array_t<wp::float64> var_scales = _wp_args->scales;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::float64 var_offset = _wp_args->offset;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    //---------
    // forward
    // def rescale_tensor(                                                                    <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = act[n, c, y, x]                                                                    <L 12>
    var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // gain = scales[n, c, y, x]                                                              <L 13>
    var_7 = wp::address(var_scales, var_0, var_1, var_2, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // out[n, c, y, x] = offset + gain * a                                                    <L 14>
    var_10 = wp::mul(var_8, var_5);
    var_11 = wp::add(var_offset, var_10);
    wp::array_store(var_out, var_0, var_1, var_2, var_3, var_11);
}



template <bool wp_linear_contiguous>
static void rescale_tensor_6884bf7e_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_rescale_tensor_6884bf7e *_wp_args,
    wp_args_rescale_tensor_6884bf7e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_act = _wp_args->act;
    wp::array_t<wp::float64> var_scales = _wp_args->scales;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::float64 var_offset = _wp_args->offset;
    wp::array_t<wp::float64> adj_act = _wp_adj_args->act;
    wp::array_t<wp::float64> adj_scales = _wp_adj_args->scales;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    wp::float64 adj_offset = _wp_adj_args->offset;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    //---------
    // forward
    // def rescale_tensor(                                                                    <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = act[n, c, y, x]                                                                    <L 12>
    var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // gain = scales[n, c, y, x]                                                              <L 13>
    var_7 = wp::address(var_scales, var_0, var_1, var_2, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // out[n, c, y, x] = offset + gain * a                                                    <L 14>
    var_10 = wp::mul(var_8, var_5);
    var_11 = wp::add(var_offset, var_10);
    // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_11, adj_out, adj_0, adj_1, adj_2, adj_3, adj_11);
    wp::adj_add(var_offset, var_10, adj_offset, adj_10, adj_11);
    wp::adj_mul(var_8, var_5, adj_8, adj_5, adj_10);
    // adj: out[n, c, y, x] = offset + gain * a                                               <L 14>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_scales, var_0, var_1, var_2, var_3, adj_scales, adj_0, adj_1, adj_2, adj_3, adj_7);
    // adj: gain = scales[n, c, y, x]                                                         <L 13>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: a = act[n, c, y, x]                                                               <L 12>
    // adj: n, c, y, x = wp.tid()                                                             <L 11>
    // adj: def rescale_tensor(                                                               <L 5>
    return;
}



struct rescale_tensor_6884bf7e_cpu_block_payload_forward
{
    wp_args_rescale_tensor_6884bf7e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void rescale_tensor_6884bf7e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    rescale_tensor_6884bf7e_cpu_block_payload_forward* payload = (rescale_tensor_6884bf7e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    rescale_tensor_6884bf7e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void rescale_tensor_6884bf7e_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_rescale_tensor_6884bf7e *_wp_args)
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
        rescale_tensor_6884bf7e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &rescale_tensor_6884bf7e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct rescale_tensor_6884bf7e_cpu_block_payload_backward
{
    wp_args_rescale_tensor_6884bf7e* args;
    wp_args_rescale_tensor_6884bf7e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void rescale_tensor_6884bf7e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    rescale_tensor_6884bf7e_cpu_block_payload_backward* payload = (rescale_tensor_6884bf7e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    rescale_tensor_6884bf7e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void rescale_tensor_6884bf7e_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_rescale_tensor_6884bf7e *_wp_args,
    wp_args_rescale_tensor_6884bf7e *_wp_adj_args)
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
        rescale_tensor_6884bf7e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &rescale_tensor_6884bf7e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

