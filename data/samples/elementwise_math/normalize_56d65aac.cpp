// Warp 1.19.0 cpu code for normalize_56d65aac.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_normalize_27a11e98 {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::float32> out;
    wp::float32 mu;
    wp::float32 sigma;
};


template <bool wp_linear_contiguous>
static void normalize_27a11e98_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_normalize_27a11e98 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_mu = _wp_args->mu;
    wp::float32 var_sigma = _wp_args->sigma;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-05;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def normalize(data: wp.array[float], out: wp.array[float], mu: float, sigma: float):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 7>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[tid] = (x - mu) / wp.max(sigma, 1.0e-5)                                            <L 8>
    var_4 = wp::sub(var_2, var_mu);
    var_6 = wp::max(var_sigma, var_5);
    var_7 = wp::div(var_4, var_6);
    wp::array_store(var_out, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void normalize_27a11e98_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_normalize_27a11e98 *_wp_args,
    wp_args_normalize_27a11e98 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_mu = _wp_args->mu;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::float32 adj_mu = _wp_adj_args->mu;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-05;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def normalize(data: wp.array[float], out: wp.array[float], mu: float, sigma: float):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 7>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[tid] = (x - mu) / wp.max(sigma, 1.0e-5)                                            <L 8>
    var_4 = wp::sub(var_2, var_mu);
    var_6 = wp::max(var_sigma, var_5);
    var_7 = wp::div(var_4, var_6);
    // wp::array_store(var_out, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
    wp::adj_div(var_4, var_6, var_7, adj_4, adj_6, adj_7);
    wp::adj_max(var_sigma, var_5, adj_sigma, adj_5, adj_6);
    wp::adj_sub(var_2, var_mu, adj_2, adj_mu, adj_4);
    // adj: out[tid] = (x - mu) / wp.max(sigma, 1.0e-5)                                       <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
    // adj: x = data[tid]                                                                     <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def normalize(data: wp.array[float], out: wp.array[float], mu: float, sigma: float):  <L 5>
    return;
}



struct normalize_27a11e98_cpu_block_payload_forward
{
    wp_args_normalize_27a11e98* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void normalize_27a11e98_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    normalize_27a11e98_cpu_block_payload_forward* payload = (normalize_27a11e98_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    normalize_27a11e98_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void normalize_27a11e98_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_normalize_27a11e98 *_wp_args)
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
        normalize_27a11e98_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &normalize_27a11e98_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct normalize_27a11e98_cpu_block_payload_backward
{
    wp_args_normalize_27a11e98* args;
    wp_args_normalize_27a11e98* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void normalize_27a11e98_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    normalize_27a11e98_cpu_block_payload_backward* payload = (normalize_27a11e98_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    normalize_27a11e98_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void normalize_27a11e98_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_normalize_27a11e98 *_wp_args,
    wp_args_normalize_27a11e98 *_wp_adj_args)
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
        normalize_27a11e98_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &normalize_27a11e98_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

