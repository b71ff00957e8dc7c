// Warp 1.19.0 cpu code for running_max_f77f8b45.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_running_max_d3e5624f {
    wp::array_t<wp::float32> rows;
    wp::array_t<wp::float32> prefix;
    wp::array_t<wp::float32> totals;
};


template <bool wp_linear_contiguous>
static void running_max_d3e5624f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_running_max_d3e5624f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_rows = _wp_args->rows;
    wp::array_t<wp::float32> var_prefix = _wp_args->prefix;
    wp::array_t<wp::float32> var_totals = _wp_args->totals;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def running_max(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):       <L 5>
    // r = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // carry = float(0.0)                                                                     <L 7>
    var_2 = wp::float(var_1);
    // for c in range(rows.shape[1]):                                                         <L 8>
    var_3 = &(var_rows.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::range(var_5);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // carry = carry + rows[r, c]                                                         <L 9>
        var_9 = wp::address(var_rows, var_0, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_2, var_11);
        // prefix[r, c] = carry                                                               <L 10>
        wp::array_store(var_prefix, var_0, var_8, var_10);
        wp::assign(var_2, var_10);
        goto start_for_0;
    end_for_0:;
    // totals[r] = carry + carry                                                              <L 11>
    var_12 = wp::add(var_2, var_2);
    wp::array_store(var_totals, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void running_max_d3e5624f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_running_max_d3e5624f *_wp_args,
    wp_args_running_max_d3e5624f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_rows = _wp_args->rows;
    wp::array_t<wp::float32> var_prefix = _wp_args->prefix;
    wp::array_t<wp::float32> var_totals = _wp_args->totals;
    wp::array_t<wp::float32> adj_rows = _wp_adj_args->rows;
    wp::array_t<wp::float32> adj_prefix = _wp_adj_args->prefix;
    wp::array_t<wp::float32> adj_totals = _wp_adj_args->totals;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def running_max(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):       <L 5>
    // r = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // carry = float(0.0)                                                                     <L 7>
    var_2 = wp::float(var_1);
    // for c in range(rows.shape[1]):                                                         <L 8>
    var_3 = &(var_rows.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::range(var_5);
    // totals[r] = carry + carry                                                              <L 11>
    var_12 = wp::add(var_2, var_2);
    // wp::array_store(var_totals, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_totals, var_0, var_12, adj_totals, adj_0, adj_12);
    wp::adj_add(var_2, var_2, adj_2, adj_2, adj_12);
    // adj: totals[r] = carry + carry                                                         <L 11>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
        // carry = carry + rows[r, c]                                                         <L 9>
        var_9 = wp::address(var_rows, var_0, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_2, var_11);
        // prefix[r, c] = carry                                                               <L 10>
        // wp::array_store(var_prefix, var_0, var_8, var_10);
        wp::assign(var_2, var_10);
        wp::adj_assign(var_2, var_10, adj_2, adj_10);
        wp::adj_array_store(var_prefix, var_0, var_8, var_10, adj_prefix, adj_0, adj_8, adj_10);
        // adj: prefix[r, c] = carry                                                          <L 10>
        wp::adj_add(var_2, var_11, adj_2, adj_9, adj_10);
        wp::adj_address(var_rows, var_0, var_8, adj_rows, adj_0, adj_8, adj_9);
        // adj: carry = carry + rows[r, c]                                                    <L 9>
    	goto start_for_0;
    end_for_0:;
    adj_rows.shape = adj_3;
    // adj: for c in range(rows.shape[1]):                                                    <L 8>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: carry = float(0.0)                                                                <L 7>
    // adj: r = wp.tid()                                                                      <L 6>
    // adj: def running_max(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):  <L 5>
    return;
}



struct running_max_d3e5624f_cpu_block_payload_forward
{
    wp_args_running_max_d3e5624f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void running_max_d3e5624f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    running_max_d3e5624f_cpu_block_payload_forward* payload = (running_max_d3e5624f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    running_max_d3e5624f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void running_max_d3e5624f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_running_max_d3e5624f *_wp_args)
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
        running_max_d3e5624f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &running_max_d3e5624f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct running_max_d3e5624f_cpu_block_payload_backward
{
    wp_args_running_max_d3e5624f* args;
    wp_args_running_max_d3e5624f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void running_max_d3e5624f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    running_max_d3e5624f_cpu_block_payload_backward* payload = (running_max_d3e5624f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    running_max_d3e5624f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void running_max_d3e5624f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_running_max_d3e5624f *_wp_args,
    wp_args_running_max_d3e5624f *_wp_adj_args)
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
        running_max_d3e5624f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &running_max_d3e5624f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

