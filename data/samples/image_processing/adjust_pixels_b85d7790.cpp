// Warp 1.19.0 cpu code for adjust_pixels_b85d7790.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_adjust_pixels_9b4a7fbc {
    wp::array_t<wp::float64> img;
    wp::float64 amount;
    wp::array_t<wp::float64> out;
};


template <bool wp_linear_contiguous>
static void adjust_pixels_9b4a7fbc_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_pixels_9b4a7fbc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_img = _wp_args->img;
    wp::float64 var_amount = _wp_args->amount;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float64* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    //---------
    // forward
    // def adjust_pixels(img: wp.array2d[wp.float64], amount: wp.float64, out: wp.array2d[wp.float64]):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // px = img[i, j]                                                                         <L 7>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // out[i, j] = wp.pow(wp.clamp(px, wp.float64(0.0), wp.float64(1.0)), amount)             <L 8>
    var_5 = 0.0;
    var_6 = 1.0;
    var_7 = wp::clamp(var_3, var_5, var_6);
    var_8 = wp::pow(var_7, var_amount);
    wp::array_store(var_out, var_0, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void adjust_pixels_9b4a7fbc_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_pixels_9b4a7fbc *_wp_args,
    wp_args_adjust_pixels_9b4a7fbc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_img = _wp_args->img;
    wp::float64 var_amount = _wp_args->amount;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::array_t<wp::float64> adj_img = _wp_adj_args->img;
    wp::float64 adj_amount = _wp_adj_args->amount;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float64* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    //---------
    // forward
    // def adjust_pixels(img: wp.array2d[wp.float64], amount: wp.float64, out: wp.array2d[wp.float64]):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // px = img[i, j]                                                                         <L 7>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // out[i, j] = wp.pow(wp.clamp(px, wp.float64(0.0), wp.float64(1.0)), amount)             <L 8>
    var_5 = 0.0;
    var_6 = 1.0;
    var_7 = wp::clamp(var_3, var_5, var_6);
    var_8 = wp::pow(var_7, var_amount);
    // wp::array_store(var_out, var_0, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_8, adj_out, adj_0, adj_1, adj_8);
    wp::adj_pow(var_7, var_amount, var_8, adj_7, adj_amount, adj_8);
    wp::adj_clamp(var_3, var_5, var_6, adj_3, adj_5, adj_6, adj_7);
    // adj: out[i, j] = wp.pow(wp.clamp(px, wp.float64(0.0), wp.float64(1.0)), amount)        <L 8>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
    // adj: px = img[i, j]                                                                    <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def adjust_pixels(img: wp.array2d[wp.float64], amount: wp.float64, out: wp.array2d[wp.float64]):  <L 5>
    return;
}



struct adjust_pixels_9b4a7fbc_cpu_block_payload_forward
{
    wp_args_adjust_pixels_9b4a7fbc* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void adjust_pixels_9b4a7fbc_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    adjust_pixels_9b4a7fbc_cpu_block_payload_forward* payload = (adjust_pixels_9b4a7fbc_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    adjust_pixels_9b4a7fbc_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void adjust_pixels_9b4a7fbc_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_pixels_9b4a7fbc *_wp_args)
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
        adjust_pixels_9b4a7fbc_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &adjust_pixels_9b4a7fbc_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct adjust_pixels_9b4a7fbc_cpu_block_payload_backward
{
    wp_args_adjust_pixels_9b4a7fbc* args;
    wp_args_adjust_pixels_9b4a7fbc* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void adjust_pixels_9b4a7fbc_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    adjust_pixels_9b4a7fbc_cpu_block_payload_backward* payload = (adjust_pixels_9b4a7fbc_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    adjust_pixels_9b4a7fbc_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void adjust_pixels_9b4a7fbc_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_pixels_9b4a7fbc *_wp_args,
    wp_args_adjust_pixels_9b4a7fbc *_wp_adj_args)
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
        adjust_pixels_9b4a7fbc_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &adjust_pixels_9b4a7fbc_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

