// Warp 1.19.0 cpu code for stream_compact_86b4e8cf.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_stream_compact_38f01b9e {
    wp::array_t<wp::float32> values;
    wp::float32 cutoff;
    wp::array_t<wp::float32> selected;
    wp::array_t<wp::int32> num_selected;
};


template <bool wp_linear_contiguous>
static void stream_compact_38f01b9e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stream_compact_38f01b9e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_cutoff = _wp_args->cutoff;
    wp::array_t<wp::float32> var_selected = _wp_args->selected;
    wp::array_t<wp::int32> var_num_selected = _wp_args->num_selected;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    bool var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def stream_compact(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if wp.abs(values[tid]) <= cutoff:                                                      <L 12>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    var_4 = (var_2 <= var_cutoff);
    if (var_4) {
        // return                                                                             <L 13>
        return;
    }
    // slot = wp.atomic_add(num_selected, 0, 1)                                               <L 14>
    var_7 = wp::atomic_add(var_num_selected, var_5, var_6);
    // if slot < selected.shape[0]:                                                           <L 16>
    var_8 = &(var_selected.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = (var_7 < var_10);
    if (var_12) {
        // selected[slot] = values[tid]                                                       <L 17>
        var_13 = wp::address(var_values, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        wp::array_store(var_selected, var_7, var_14);
    }
}



template <bool wp_linear_contiguous>
static void stream_compact_38f01b9e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stream_compact_38f01b9e *_wp_args,
    wp_args_stream_compact_38f01b9e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_cutoff = _wp_args->cutoff;
    wp::array_t<wp::float32> var_selected = _wp_args->selected;
    wp::array_t<wp::int32> var_num_selected = _wp_args->num_selected;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::float32 adj_cutoff = _wp_adj_args->cutoff;
    wp::array_t<wp::float32> adj_selected = _wp_adj_args->selected;
    wp::array_t<wp::int32> adj_num_selected = _wp_adj_args->num_selected;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    bool var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def stream_compact(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if wp.abs(values[tid]) <= cutoff:                                                      <L 12>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::abs(var_3);
    var_4 = (var_2 <= var_cutoff);
    if (var_4) {
        // return                                                                             <L 13>
        goto label0;
    }
    // slot = wp.atomic_add(num_selected, 0, 1)                                               <L 14>
    // var_7 = wp::atomic_add(var_num_selected, var_5, var_6);
    // if slot < selected.shape[0]:                                                           <L 16>
    var_8 = &(var_selected.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = (var_7 < var_10);
    if (var_12) {
        // selected[slot] = values[tid]                                                       <L 17>
        var_13 = wp::address(var_values, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // wp::array_store(var_selected, var_7, var_14);
    }
    //---------
    // reverse
    if (var_12) {
        wp::adj_array_store(var_selected, var_7, var_14, adj_selected, adj_7, adj_14);
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_13);
        // adj: selected[slot] = values[tid]                                                  <L 17>
    }
    adj_selected.shape = adj_8;
    // adj: if slot < selected.shape[0]:                                                      <L 16>
    wp::adj_atomic_add(var_num_selected, var_5, var_6, adj_num_selected, adj_5, adj_6, adj_7);
    // adj: slot = wp.atomic_add(num_selected, 0, 1)                                          <L 14>
    if (var_4) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    wp::adj_abs(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: if wp.abs(values[tid]) <= cutoff:                                                 <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def stream_compact(                                                               <L 5>
    return;
}



struct stream_compact_38f01b9e_cpu_block_payload_forward
{
    wp_args_stream_compact_38f01b9e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void stream_compact_38f01b9e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    stream_compact_38f01b9e_cpu_block_payload_forward* payload = (stream_compact_38f01b9e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    stream_compact_38f01b9e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void stream_compact_38f01b9e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stream_compact_38f01b9e *_wp_args)
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
        stream_compact_38f01b9e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &stream_compact_38f01b9e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct stream_compact_38f01b9e_cpu_block_payload_backward
{
    wp_args_stream_compact_38f01b9e* args;
    wp_args_stream_compact_38f01b9e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void stream_compact_38f01b9e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    stream_compact_38f01b9e_cpu_block_payload_backward* payload = (stream_compact_38f01b9e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    stream_compact_38f01b9e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void stream_compact_38f01b9e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stream_compact_38f01b9e *_wp_args,
    wp_args_stream_compact_38f01b9e *_wp_adj_args)
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
        stream_compact_38f01b9e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &stream_compact_38f01b9e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

