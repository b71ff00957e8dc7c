// Warp 1.19.0 cpu code for fft_tiled_1d3931a1.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_fft_tiled_692add73 {
    wp::array_t<wp::vec_t<2, wp::float32>> signal;
    wp::array_t<wp::vec_t<2, wp::float32>> filtered;
    wp::float32 gain;
};


template <bool wp_linear_contiguous>
static void fft_tiled_692add73_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fft_tiled_692add73 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_signal = _wp_args->signal;
    wp::array_t<wp::vec_t<2, wp::float32>> var_filtered = _wp_args->filtered;
    wp::float32 var_gain = _wp_args->gain;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 256;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_7 = 0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_12 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_14 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_15;
    const wp::int32 var_16 = 0;
    //---------
    // forward
    // def fft_tiled(signal: wp.array2d[wp.vec2], filtered: wp.array2d[wp.vec2], gain: float):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // row_tile = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))                 <L 12>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 256>(var_signal, var_0, var_7);
    // wp.tile_fft(row_tile)                                                                  <L 13>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 2048, 1, 1, var_6);
    // row_tile = row_tile * (1.0 / wp.sqrt(float(TILE_N)))                                   <L 14>
    var_9 = wp::float(var_2);
    var_10 = wp::sqrt(var_9);
    var_11 = wp::div(var_8, var_10);
    var_12 = wp::tile_mul(var_6, var_11);
    // row_tile = row_tile * gain                                                             <L 15>
    var_13 = wp::tile_mul(var_12, var_gain);
    // wp.tile_store(filtered, row_tile, offset=(i, 0))                                       <L 16>
    var_15 = wp::tuple(var_0, var_14);
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_filtered, var_0, var_16, var_13);
}



template <bool wp_linear_contiguous>
static void fft_tiled_692add73_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fft_tiled_692add73 *_wp_args,
    wp_args_fft_tiled_692add73 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_signal = _wp_args->signal;
    wp::array_t<wp::vec_t<2, wp::float32>> var_filtered = _wp_args->filtered;
    wp::float32 var_gain = _wp_args->gain;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_signal = _wp_adj_args->signal;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_filtered = _wp_adj_args->filtered;
    wp::float32 adj_gain = _wp_adj_args->gain;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 256;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_7 = 0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_12 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_14 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_15;
    const wp::int32 var_16 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_6{};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_12{};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_13{};
    wp::int32 adj_14 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def fft_tiled(signal: wp.array2d[wp.vec2], filtered: wp.array2d[wp.vec2], gain: float):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // row_tile = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))                 <L 12>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 256>(var_signal, var_0, var_7);
    // wp.tile_fft(row_tile)                                                                  <L 13>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 2048, 1, 1, var_6);
    // row_tile = row_tile * (1.0 / wp.sqrt(float(TILE_N)))                                   <L 14>
    var_9 = wp::float(var_2);
    var_10 = wp::sqrt(var_9);
    var_11 = wp::div(var_8, var_10);
    var_12 = wp::tile_mul(var_6, var_11);
    // row_tile = row_tile * gain                                                             <L 15>
    var_13 = wp::tile_mul(var_12, var_gain);
    // wp.tile_store(filtered, row_tile, offset=(i, 0))                                       <L 16>
    var_15 = wp::tuple(var_0, var_14);
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_filtered, var_0, var_16, var_13);
    //---------
    // reverse
    wp::adj_tile_store(var_filtered, var_0, var_16, var_13, adj_filtered, adj_0, adj_16, adj_13);
    // adj: wp.tile_store(filtered, row_tile, offset=(i, 0))                                  <L 16>
    wp::adj_tile_mul(var_12, var_gain, adj_12, adj_gain, adj_13);
    // adj: row_tile = row_tile * gain                                                        <L 15>
    wp::adj_tile_mul(var_6, var_11, adj_6, adj_11, adj_12);
    wp::adj_div(var_8, var_10, var_11, adj_8, adj_10, adj_11);
    wp::adj_sqrt(var_9, var_10, adj_9, adj_10);
    wp::adj_float(var_2, adj_2, adj_9);
    // adj: row_tile = row_tile * (1.0 / wp.sqrt(float(TILE_N)))                              <L 14>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 2048, 1, 1, var_6, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 2048, 1, 1, adj_6);
    // adj: wp.tile_fft(row_tile)                                                             <L 13>
    wp::adj_tile_load(var_signal, var_0, var_7, adj_signal, adj_0, adj_7, adj_6);
    // adj: row_tile = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))            <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def fft_tiled(signal: wp.array2d[wp.vec2], filtered: wp.array2d[wp.vec2], gain: float):  <L 10>
    return;
}



struct fft_tiled_692add73_cpu_block_payload_forward
{
    wp_args_fft_tiled_692add73* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void fft_tiled_692add73_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    fft_tiled_692add73_cpu_block_payload_forward* payload = (fft_tiled_692add73_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    fft_tiled_692add73_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void fft_tiled_692add73_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fft_tiled_692add73 *_wp_args)
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
        fft_tiled_692add73_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &fft_tiled_692add73_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct fft_tiled_692add73_cpu_block_payload_backward
{
    wp_args_fft_tiled_692add73* args;
    wp_args_fft_tiled_692add73* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void fft_tiled_692add73_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    fft_tiled_692add73_cpu_block_payload_backward* payload = (fft_tiled_692add73_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    fft_tiled_692add73_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void fft_tiled_692add73_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fft_tiled_692add73 *_wp_args,
    wp_args_fft_tiled_692add73 *_wp_adj_args)
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
        fft_tiled_692add73_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &fft_tiled_692add73_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

