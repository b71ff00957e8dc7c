// Warp 1.19.0 cpu code for iterate_until_05c8649e.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_iterate_until_a60db19f {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void iterate_until_a60db19f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_iterate_until_a60db19f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 16;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    const wp::float32 var_12 = 0.9;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // forward
    // def iterate_until(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x0 = values[tid]                                                                       <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // reps = wp.clamp(counts[tid], 0, 16)                                                    <L 8>
    var_4 = wp::address(var_counts, var_0);
    var_8 = wp::load(var_4);
    var_7 = wp::clamp(var_8, var_5, var_6);
    // state = x0                                                                             <L 9>
    var_9 = wp::copy(var_2);
    // for it in range(reps):                                                                 <L 10>
    var_10 = wp::range(var_7);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // state = 0.9 * state + 0.1 * wp.tanh(wp.erfc(x0) + float(it))                       <L 11>
        var_13 = wp::mul(var_12, var_9);
        var_15 = wp::erfc(var_2);
        var_16 = wp::float(var_11);
        var_17 = wp::add(var_15, var_16);
        var_18 = wp::tanh(var_17);
        var_19 = wp::mul(var_14, var_18);
        var_20 = wp::add(var_13, var_19);
        wp::assign(var_9, var_20);
        goto start_for_0;
    end_for_0:;
    // out[tid] = state                                                                       <L 12>
    wp::array_store(var_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void iterate_until_a60db19f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_iterate_until_a60db19f *_wp_args,
    wp_args_iterate_until_a60db19f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 16;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    const wp::float32 var_12 = 0.9;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def iterate_until(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x0 = values[tid]                                                                       <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // reps = wp.clamp(counts[tid], 0, 16)                                                    <L 8>
    var_4 = wp::address(var_counts, var_0);
    var_8 = wp::load(var_4);
    var_7 = wp::clamp(var_8, var_5, var_6);
    // state = x0                                                                             <L 9>
    var_9 = wp::copy(var_2);
    // for it in range(reps):                                                                 <L 10>
    var_10 = wp::range(var_7);
    // out[tid] = state                                                                       <L 12>
    // wp::array_store(var_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_9, adj_out, adj_0, adj_9);
    // adj: out[tid] = state                                                                  <L 12>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
        // state = 0.9 * state + 0.1 * wp.tanh(wp.erfc(x0) + float(it))                       <L 11>
        var_13 = wp::mul(var_12, var_9);
        var_15 = wp::erfc(var_2);
        var_16 = wp::float(var_11);
        var_17 = wp::add(var_15, var_16);
        var_18 = wp::tanh(var_17);
        var_19 = wp::mul(var_14, var_18);
        var_20 = wp::add(var_13, var_19);
        wp::assign(var_9, var_20);
        wp::adj_assign(var_9, var_20, adj_9, adj_20);
        wp::adj_add(var_13, var_19, adj_13, adj_19, adj_20);
        wp::adj_mul(var_14, var_18, adj_14, adj_18, adj_19);
        wp::adj_tanh(var_17, var_18, adj_17, adj_18);
        wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
        wp::adj_float(var_11, adj_11, adj_16);
        wp::adj_erfc(var_2, adj_2, adj_15);
        wp::adj_mul(var_12, var_9, adj_12, adj_9, adj_13);
        // adj: state = 0.9 * state + 0.1 * wp.tanh(wp.erfc(x0) + float(it))                  <L 11>
    	goto start_for_0;
    end_for_0:;
    // adj: for it in range(reps):                                                            <L 10>
    wp::adj_copy(var_2, adj_2, adj_9);
    // adj: state = x0                                                                        <L 9>
    wp::adj_clamp(var_8, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_4);
    // adj: reps = wp.clamp(counts[tid], 0, 16)                                               <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x0 = values[tid]                                                                  <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def iterate_until(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 5>
    return;
}



struct iterate_until_a60db19f_cpu_block_payload_forward
{
    wp_args_iterate_until_a60db19f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void iterate_until_a60db19f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    iterate_until_a60db19f_cpu_block_payload_forward* payload = (iterate_until_a60db19f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    iterate_until_a60db19f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void iterate_until_a60db19f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_iterate_until_a60db19f *_wp_args)
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
        iterate_until_a60db19f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &iterate_until_a60db19f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct iterate_until_a60db19f_cpu_block_payload_backward
{
    wp_args_iterate_until_a60db19f* args;
    wp_args_iterate_until_a60db19f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void iterate_until_a60db19f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    iterate_until_a60db19f_cpu_block_payload_backward* payload = (iterate_until_a60db19f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    iterate_until_a60db19f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void iterate_until_a60db19f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_iterate_until_a60db19f *_wp_args,
    wp_args_iterate_until_a60db19f *_wp_adj_args)
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
        iterate_until_a60db19f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &iterate_until_a60db19f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

