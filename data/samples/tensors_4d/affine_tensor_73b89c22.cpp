// Warp 1.19.0 cpu code for affine_tensor_73b89c22.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_affine_tensor_8dcb33b0 {
    wp::array_t<wp::float16> inputs;
    wp::float16 gain;
    wp::float16 shift;
};


template <bool wp_linear_contiguous>
static void affine_tensor_8dcb33b0_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_affine_tensor_8dcb33b0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_inputs = _wp_args->inputs;
    wp::float16 var_gain = _wp_args->gain;
    wp::float16 var_shift = _wp_args->shift;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    wp::float16 var_8;
    //---------
    // forward
    // def affine_tensor(inputs: wp.array4d(dtype=wp.float16), gain: wp.float16, shift: wp.float16):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = inputs[n, c, y, x]                                                                 <L 7>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // inputs[n, c, y, x] = (a - shift) * gain                                                <L 8>
    var_7 = wp::sub(var_5, var_shift);
    var_8 = wp::mul(var_7, var_gain);
    wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_8);
}



template <bool wp_linear_contiguous>
static void affine_tensor_8dcb33b0_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_affine_tensor_8dcb33b0 *_wp_args,
    wp_args_affine_tensor_8dcb33b0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_inputs = _wp_args->inputs;
    wp::float16 var_gain = _wp_args->gain;
    wp::float16 var_shift = _wp_args->shift;
    wp::array_t<wp::float16> adj_inputs = _wp_adj_args->inputs;
    wp::float16 adj_gain = _wp_adj_args->gain;
    wp::float16 adj_shift = _wp_adj_args->shift;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    wp::float16 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float16 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    //---------
    // forward
    // def affine_tensor(inputs: wp.array4d(dtype=wp.float16), gain: wp.float16, shift: wp.float16):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = inputs[n, c, y, x]                                                                 <L 7>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // inputs[n, c, y, x] = (a - shift) * gain                                                <L 8>
    var_7 = wp::sub(var_5, var_shift);
    var_8 = wp::mul(var_7, var_gain);
    // wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_inputs, var_0, var_1, var_2, var_3, var_8, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_8);
    wp::adj_mul(var_7, var_gain, adj_7, adj_gain, adj_8);
    wp::adj_sub(var_5, var_shift, adj_5, adj_shift, adj_7);
    // adj: inputs[n, c, y, x] = (a - shift) * gain                                           <L 8>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: a = inputs[n, c, y, x]                                                            <L 7>
    // adj: n, c, y, x = wp.tid()                                                             <L 6>
    // adj: def affine_tensor(inputs: wp.array4d(dtype=wp.float16), gain: wp.float16, shift: wp.float16):  <L 5>
    return;
}



struct affine_tensor_8dcb33b0_cpu_block_payload_forward
{
    wp_args_affine_tensor_8dcb33b0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void affine_tensor_8dcb33b0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    affine_tensor_8dcb33b0_cpu_block_payload_forward* payload = (affine_tensor_8dcb33b0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    affine_tensor_8dcb33b0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void affine_tensor_8dcb33b0_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_affine_tensor_8dcb33b0 *_wp_args)
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
        affine_tensor_8dcb33b0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &affine_tensor_8dcb33b0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct affine_tensor_8dcb33b0_cpu_block_payload_backward
{
    wp_args_affine_tensor_8dcb33b0* args;
    wp_args_affine_tensor_8dcb33b0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void affine_tensor_8dcb33b0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    affine_tensor_8dcb33b0_cpu_block_payload_backward* payload = (affine_tensor_8dcb33b0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    affine_tensor_8dcb33b0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void affine_tensor_8dcb33b0_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_affine_tensor_8dcb33b0 *_wp_args,
    wp_args_affine_tensor_8dcb33b0 *_wp_adj_args)
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
        affine_tensor_8dcb33b0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &affine_tensor_8dcb33b0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

