// Warp 1.19.0 cpu code for advance_phase_fc291409.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_advance_phase_3e0cd327 {
    wp::array_t<wp::float32> theta;
    wp::array_t<wp::float32> natural_freq;
    wp::float32 delta_time;
    wp::float32 amplitude;
    wp::array_t<wp::float32> phase_new;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void advance_phase_3e0cd327_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_phase_3e0cd327 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::float32> var_natural_freq = _wp_args->natural_freq;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_phase_new = _wp_args->phase_new;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def advance_phase(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // w0 = natural_freq[tid]                                                                 <L 14>
    var_1 = wp::address(var_natural_freq, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = theta[tid] + w0 * delta_time                                                       <L 15>
    var_4 = wp::address(var_theta, var_0);
    var_5 = wp::mul(var_2, var_delta_time);
    var_7 = wp::load(var_4);
    var_6 = wp::add(var_7, var_5);
    // phase_new[tid] = p                                                                     <L 16>
    wp::array_store(var_phase_new, var_0, var_6);
    // out[tid] = amplitude * wp.cos(p)                                                       <L 17>
    var_8 = wp::cos(var_6);
    var_9 = wp::mul(var_amplitude, var_8);
    wp::array_store(var_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void advance_phase_3e0cd327_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_phase_3e0cd327 *_wp_args,
    wp_args_advance_phase_3e0cd327 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::float32> var_natural_freq = _wp_args->natural_freq;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_phase_new = _wp_args->phase_new;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_theta = _wp_adj_args->theta;
    wp::array_t<wp::float32> adj_natural_freq = _wp_adj_args->natural_freq;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    wp::array_t<wp::float32> adj_phase_new = _wp_adj_args->phase_new;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def advance_phase(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // w0 = natural_freq[tid]                                                                 <L 14>
    var_1 = wp::address(var_natural_freq, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = theta[tid] + w0 * delta_time                                                       <L 15>
    var_4 = wp::address(var_theta, var_0);
    var_5 = wp::mul(var_2, var_delta_time);
    var_7 = wp::load(var_4);
    var_6 = wp::add(var_7, var_5);
    // phase_new[tid] = p                                                                     <L 16>
    // wp::array_store(var_phase_new, var_0, var_6);
    // out[tid] = amplitude * wp.cos(p)                                                       <L 17>
    var_8 = wp::cos(var_6);
    var_9 = wp::mul(var_amplitude, var_8);
    // wp::array_store(var_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_9, adj_out, adj_0, adj_9);
    wp::adj_mul(var_amplitude, var_8, adj_amplitude, adj_8, adj_9);
    wp::adj_cos(var_6, adj_6, adj_8);
    // adj: out[tid] = amplitude * wp.cos(p)                                                  <L 17>
    wp::adj_array_store(var_phase_new, var_0, var_6, adj_phase_new, adj_0, adj_6);
    // adj: phase_new[tid] = p                                                                <L 16>
    wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_2, var_delta_time, adj_2, adj_delta_time, adj_5);
    wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_4);
    // adj: p = theta[tid] + w0 * delta_time                                                  <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_natural_freq, var_0, adj_natural_freq, adj_0, adj_1);
    // adj: w0 = natural_freq[tid]                                                            <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def advance_phase(                                                                <L 5>
    return;
}



struct advance_phase_3e0cd327_cpu_block_payload_forward
{
    wp_args_advance_phase_3e0cd327* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void advance_phase_3e0cd327_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    advance_phase_3e0cd327_cpu_block_payload_forward* payload = (advance_phase_3e0cd327_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    advance_phase_3e0cd327_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_phase_3e0cd327_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_phase_3e0cd327 *_wp_args)
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
        advance_phase_3e0cd327_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &advance_phase_3e0cd327_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct advance_phase_3e0cd327_cpu_block_payload_backward
{
    wp_args_advance_phase_3e0cd327* args;
    wp_args_advance_phase_3e0cd327* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void advance_phase_3e0cd327_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    advance_phase_3e0cd327_cpu_block_payload_backward* payload = (advance_phase_3e0cd327_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    advance_phase_3e0cd327_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void advance_phase_3e0cd327_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_phase_3e0cd327 *_wp_args,
    wp_args_advance_phase_3e0cd327 *_wp_adj_args)
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
        advance_phase_3e0cd327_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &advance_phase_3e0cd327_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

