// Warp 1.19.0 cpu code for conv_bias_db577e6f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_conv_bias_4342407d {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> bias;
    wp::array_t<wp::float32> y;
};


template <bool wp_linear_contiguous>
static void conv_bias_4342407d_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_conv_bias_4342407d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_bias = _wp_args->bias;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def conv_bias(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):       <L 5>
    // n, c, h, w = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // val = x[n, c, h, w]                                                                    <L 7>
    var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // bias_c = bias[c % bias.shape[0]]                                                       <L 8>
    var_7 = &(var_bias.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::mod(var_1, var_9);
    var_12 = wp::address(var_bias, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // y[n, c, h, w] = val + bias_c                                                           <L 9>
    var_15 = wp::add(var_5, var_13);
    wp::array_store(var_y, var_0, var_1, var_2, var_3, var_15);
}



template <bool wp_linear_contiguous>
static void conv_bias_4342407d_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_conv_bias_4342407d *_wp_args,
    wp_args_conv_bias_4342407d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_bias = _wp_args->bias;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_bias = _wp_adj_args->bias;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def conv_bias(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):       <L 5>
    // n, c, h, w = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // val = x[n, c, h, w]                                                                    <L 7>
    var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // bias_c = bias[c % bias.shape[0]]                                                       <L 8>
    var_7 = &(var_bias.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::mod(var_1, var_9);
    var_12 = wp::address(var_bias, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // y[n, c, h, w] = val + bias_c                                                           <L 9>
    var_15 = wp::add(var_5, var_13);
    // wp::array_store(var_y, var_0, var_1, var_2, var_3, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_1, var_2, var_3, var_15, adj_y, adj_0, adj_1, adj_2, adj_3, adj_15);
    wp::adj_add(var_5, var_13, adj_5, adj_13, adj_15);
    // adj: y[n, c, h, w] = val + bias_c                                                      <L 9>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_bias, var_11, adj_bias, adj_11, adj_12);
    wp::adj_mod(var_1, var_9, adj_1, adj_9, adj_11);
    adj_bias.shape = adj_7;
    // adj: bias_c = bias[c % bias.shape[0]]                                                  <L 8>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_x, var_0, var_1, var_2, var_3, adj_x, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: val = x[n, c, h, w]                                                               <L 7>
    // adj: n, c, h, w = wp.tid()                                                             <L 6>
    // adj: def conv_bias(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):  <L 5>
    return;
}



struct conv_bias_4342407d_cpu_block_payload_forward
{
    wp_args_conv_bias_4342407d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void conv_bias_4342407d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    conv_bias_4342407d_cpu_block_payload_forward* payload = (conv_bias_4342407d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    conv_bias_4342407d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void conv_bias_4342407d_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv_bias_4342407d *_wp_args)
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
        conv_bias_4342407d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &conv_bias_4342407d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct conv_bias_4342407d_cpu_block_payload_backward
{
    wp_args_conv_bias_4342407d* args;
    wp_args_conv_bias_4342407d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void conv_bias_4342407d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<4>* dim = (wp::launch_bounds_t<4>*)dim_ptr;
    conv_bias_4342407d_cpu_block_payload_backward* payload = (conv_bias_4342407d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    conv_bias_4342407d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void conv_bias_4342407d_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv_bias_4342407d *_wp_args,
    wp_args_conv_bias_4342407d *_wp_adj_args)
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
        conv_bias_4342407d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &conv_bias_4342407d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

