// Warp 1.19.0 cpu code for dequantize_u8_05722fda.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_dequantize_u8_3173da75 {
    wp::array_t<wp::uint8> encoded;
    wp::array_t<wp::float32> linear_out;
};


template <bool wp_linear_contiguous>
static void dequantize_u8_3173da75_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dequantize_u8_3173da75 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::uint8> var_encoded = _wp_args->encoded;
    wp::array_t<wp::float32> var_linear_out = _wp_args->linear_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint8* var_1;
    wp::float32 var_2;
    wp::uint8 var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 255.0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 2.2;
    wp::float32 var_12;
    //---------
    // forward
    // def dequantize_u8(encoded: wp.array[wp.uint8], linear_out: wp.array[float]):           <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // c = float(encoded[tid]) * (1.0 / 255.0)                                                <L 7>
    var_1 = wp::address(var_encoded, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float(var_3);
    var_6 = wp::div(var_4, var_5);
    var_7 = wp::mul(var_2, var_6);
    // linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                                   <L 8>
    var_10 = wp::clamp(var_7, var_8, var_9);
    var_12 = wp::pow(var_10, var_11);
    wp::array_store(var_linear_out, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void dequantize_u8_3173da75_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dequantize_u8_3173da75 *_wp_args,
    wp_args_dequantize_u8_3173da75 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::uint8> var_encoded = _wp_args->encoded;
    wp::array_t<wp::float32> var_linear_out = _wp_args->linear_out;
    wp::array_t<wp::uint8> adj_encoded = _wp_adj_args->encoded;
    wp::array_t<wp::float32> adj_linear_out = _wp_adj_args->linear_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint8* var_1;
    wp::float32 var_2;
    wp::uint8 var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 255.0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 2.2;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint8 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::uint8 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def dequantize_u8(encoded: wp.array[wp.uint8], linear_out: wp.array[float]):           <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // c = float(encoded[tid]) * (1.0 / 255.0)                                                <L 7>
    var_1 = wp::address(var_encoded, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float(var_3);
    var_6 = wp::div(var_4, var_5);
    var_7 = wp::mul(var_2, var_6);
    // linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                                   <L 8>
    var_10 = wp::clamp(var_7, var_8, var_9);
    var_12 = wp::pow(var_10, var_11);
    // wp::array_store(var_linear_out, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_linear_out, var_0, var_12, adj_linear_out, adj_0, adj_12);
    wp::adj_pow(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_clamp(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
    // adj: linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)                              <L 8>
    wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_float(var_3, adj_1, adj_2);
    wp::adj_address(var_encoded, var_0, adj_encoded, adj_0, adj_1);
    // adj: c = float(encoded[tid]) * (1.0 / 255.0)                                           <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def dequantize_u8(encoded: wp.array[wp.uint8], linear_out: wp.array[float]):      <L 5>
    return;
}



struct dequantize_u8_3173da75_cpu_block_payload_forward
{
    wp_args_dequantize_u8_3173da75* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void dequantize_u8_3173da75_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    dequantize_u8_3173da75_cpu_block_payload_forward* payload = (dequantize_u8_3173da75_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    dequantize_u8_3173da75_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void dequantize_u8_3173da75_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dequantize_u8_3173da75 *_wp_args)
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
        dequantize_u8_3173da75_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &dequantize_u8_3173da75_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct dequantize_u8_3173da75_cpu_block_payload_backward
{
    wp_args_dequantize_u8_3173da75* args;
    wp_args_dequantize_u8_3173da75* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void dequantize_u8_3173da75_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    dequantize_u8_3173da75_cpu_block_payload_backward* payload = (dequantize_u8_3173da75_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    dequantize_u8_3173da75_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void dequantize_u8_3173da75_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dequantize_u8_3173da75 *_wp_args,
    wp_args_dequantize_u8_3173da75 *_wp_adj_args)
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
        dequantize_u8_3173da75_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &dequantize_u8_3173da75_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

