// Warp 1.19.0 cpu code for tile_row_sums_a3fc1630.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// tile_row_sums.py:7
static wp::float32 tile_activation_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def tile_activation(x: float) -> float:                                                <L 8>
    // return wp.log(1.0 + wp.exp(x))                                                         <L 9>
    var_1 = wp::exp(var_x);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::log(var_2);
    return var_3;
}


// tile_row_sums.py:7
static void adj_tile_activation_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def tile_activation(x: float) -> float:                                                <L 8>
    // return wp.log(1.0 + wp.exp(x))                                                         <L 9>
    var_1 = wp::exp(var_x);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::log(var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_log(var_2, adj_2, adj_3);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_exp(var_x, var_1, adj_x, adj_1);
    // adj: return wp.log(1.0 + wp.exp(x))                                                    <L 9>
    // adj: def tile_activation(x: float) -> float:                                           <L 8>
    return;
}

struct wp_args_tile_row_sums_c3198f12 {
    wp::array_t<wp::float32> data;
    wp::float32 gain;
    wp::array_t<wp::float32> rows;
};


template <bool wp_linear_contiguous>
static void tile_row_sums_c3198f12_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_tile_row_sums_c3198f12 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::float32 var_gain = _wp_args->gain;
    wp::array_t<wp::float32> var_rows = _wp_args->rows;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::array_t<wp::float32> var_2;
    const wp::int32 var_3 = 32;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    const wp::int32 var_5 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    //---------
    // forward
    // def tile_row_sums(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):       <L 13>
    // row, lane = wp.tid()                                                                   <L 14>
    builtin_tid2d(var_0, var_1);
    // t = wp.tile_load(data[row], shape=TILE)                                                <L 15>
    var_2 = wp::view(var_data, var_0);
    var_4 = wp::tile_load<wp::float32, true, false, 32>(var_2, var_5);
    // activated = wp.tile_map(tile_activation, t)                                            <L 16>
    var_6 = wp::tile_unary_map(tile_activation_0, var_4);
    // total = wp.tile_sum(activated)                                                         <L 17>
    var_7 = wp::tile_sum(var_6);
    // peak = wp.tile_max(t)                                                                  <L 18>
    var_8 = wp::tile_max(var_4);
    // scale = float(lane) + gain                                                             <L 19>
    var_9 = wp::float(var_1);
    var_10 = wp::add(var_9, var_gain);
    // wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)                   <L 20>
    var_12 = wp::tile_extract(var_7, var_11);
    var_13 = wp::mul(var_12, var_10);
    var_15 = wp::tile_extract(var_8, var_14);
    var_16 = wp::add(var_13, var_15);
    var_17 = wp::tile<wp::float32>(var_16);
    wp::tile_store<wp::float32, true, false>(var_rows, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void tile_row_sums_c3198f12_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_tile_row_sums_c3198f12 *_wp_args,
    wp_args_tile_row_sums_c3198f12 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::float32 var_gain = _wp_args->gain;
    wp::array_t<wp::float32> var_rows = _wp_args->rows;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::float32 adj_gain = _wp_adj_args->gain;
    wp::array_t<wp::float32> adj_rows = _wp_adj_args->rows;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::array_t<wp::float32> var_2;
    const wp::int32 var_3 = 32;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    const wp::int32 var_5 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::array_t<wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_4{};
    wp::int32 adj_5 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_6{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_7 = var_7;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_8 = var_8;
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_17{};
    //---------
    // forward
    // def tile_row_sums(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):       <L 13>
    // row, lane = wp.tid()                                                                   <L 14>
    builtin_tid2d(var_0, var_1);
    // t = wp.tile_load(data[row], shape=TILE)                                                <L 15>
    var_2 = wp::view(var_data, var_0);
    var_4 = wp::tile_load<wp::float32, true, false, 32>(var_2, var_5);
    // activated = wp.tile_map(tile_activation, t)                                            <L 16>
    var_6 = wp::tile_unary_map(tile_activation_0, var_4);
    // total = wp.tile_sum(activated)                                                         <L 17>
    var_7 = wp::tile_sum(var_6);
    // peak = wp.tile_max(t)                                                                  <L 18>
    var_8 = wp::tile_max(var_4);
    // scale = float(lane) + gain                                                             <L 19>
    var_9 = wp::float(var_1);
    var_10 = wp::add(var_9, var_gain);
    // wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)                   <L 20>
    var_12 = wp::tile_extract(var_7, var_11);
    var_13 = wp::mul(var_12, var_10);
    var_15 = wp::tile_extract(var_8, var_14);
    var_16 = wp::add(var_13, var_15);
    var_17 = wp::tile<wp::float32>(var_16);
    // wp::tile_store<wp::float32, true, false>(var_rows, var_0, var_17);
    //---------
    // reverse
    wp::adj_tile_store(var_rows, var_0, var_17, adj_rows, adj_0, adj_17);
    wp::adj_tile(var_16, adj_16, adj_17);
    wp::adj_add(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_tile_extract(var_8, var_14, adj_8, adj_14, adj_15);
    wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
    wp::adj_tile_extract(var_7, var_11, adj_7, adj_11, adj_12);
    // adj: wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)              <L 20>
    wp::adj_add(var_9, var_gain, adj_9, adj_gain, adj_10);
    wp::adj_float(var_1, adj_1, adj_9);
    // adj: scale = float(lane) + gain                                                        <L 19>
    // adj: peak = wp.tile_max(t)                                                             <L 18>
    wp::adj_tile_sum(var_6, adj_6, adj_7);
    // adj: total = wp.tile_sum(activated)                                                    <L 17>
    wp::adj_tile_unary_map(tile_activation_0, var_4, adj_tile_activation_0, adj_4, adj_6);
    // adj: activated = wp.tile_map(tile_activation, t)                                       <L 16>
    wp::adj_tile_load(var_2, var_5, adj_2, adj_5, adj_4);
    wp::adj_view(var_data, var_0, adj_data, adj_0, adj_2);
    // adj: t = wp.tile_load(data[row], shape=TILE)                                           <L 15>
    // adj: row, lane = wp.tid()                                                              <L 14>
    // adj: def tile_row_sums(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):  <L 13>
    return;
}



struct tile_row_sums_c3198f12_cpu_block_payload_forward
{
    wp_args_tile_row_sums_c3198f12* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void tile_row_sums_c3198f12_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    tile_row_sums_c3198f12_cpu_block_payload_forward* payload = (tile_row_sums_c3198f12_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    tile_row_sums_c3198f12_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void tile_row_sums_c3198f12_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_tile_row_sums_c3198f12 *_wp_args)
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
        tile_row_sums_c3198f12_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &tile_row_sums_c3198f12_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct tile_row_sums_c3198f12_cpu_block_payload_backward
{
    wp_args_tile_row_sums_c3198f12* args;
    wp_args_tile_row_sums_c3198f12* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void tile_row_sums_c3198f12_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    tile_row_sums_c3198f12_cpu_block_payload_backward* payload = (tile_row_sums_c3198f12_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    tile_row_sums_c3198f12_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void tile_row_sums_c3198f12_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_tile_row_sums_c3198f12 *_wp_args,
    wp_args_tile_row_sums_c3198f12 *_wp_adj_args)
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
        tile_row_sums_c3198f12_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &tile_row_sums_c3198f12_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

