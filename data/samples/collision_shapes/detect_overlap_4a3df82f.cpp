// Warp 1.19.0 cpu code for detect_overlap_4a3df82f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_detect_overlap_d19f4cbc {
    wp::array_t<wp::float32> sdf_values;
    wp::array_t<wp::float32> depths;
    wp::array_t<wp::int32> contact_count;
    wp::float32 contact_margin;
};


template <bool wp_linear_contiguous>
static void detect_overlap_d19f4cbc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_detect_overlap_d19f4cbc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_sdf_values = _wp_args->sdf_values;
    wp::array_t<wp::float32> var_depths = _wp_args->depths;
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    //---------
    // forward
    // def detect_overlap(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // depth = contact_margin - sdf_values[tid]                                               <L 12>
    var_1 = wp::address(var_sdf_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_contact_margin, var_3);
    // if depth > 0.0:                                                                        <L 13>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // wp.atomic_add(contact_count, 0, 1)                                                 <L 14>
        var_8 = wp::atomic_add(var_contact_count, var_6, var_7);
    }
    if (!var_5) {
        // depth = 0.0                                                                        <L 16>
    }
    var_10 = wp::where(var_5, var_2, var_9);
    // depths[tid] = depth                                                                    <L 17>
    wp::array_store(var_depths, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void detect_overlap_d19f4cbc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_detect_overlap_d19f4cbc *_wp_args,
    wp_args_detect_overlap_d19f4cbc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_sdf_values = _wp_args->sdf_values;
    wp::array_t<wp::float32> var_depths = _wp_args->depths;
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    wp::array_t<wp::float32> adj_sdf_values = _wp_adj_args->sdf_values;
    wp::array_t<wp::float32> adj_depths = _wp_adj_args->depths;
    wp::array_t<wp::int32> adj_contact_count = _wp_adj_args->contact_count;
    wp::float32 adj_contact_margin = _wp_adj_args->contact_margin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def detect_overlap(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // depth = contact_margin - sdf_values[tid]                                               <L 12>
    var_1 = wp::address(var_sdf_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_contact_margin, var_3);
    // if depth > 0.0:                                                                        <L 13>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // wp.atomic_add(contact_count, 0, 1)                                                 <L 14>
        // var_8 = wp::atomic_add(var_contact_count, var_6, var_7);
    }
    if (!var_5) {
        // depth = 0.0                                                                        <L 16>
    }
    var_10 = wp::where(var_5, var_2, var_9);
    // depths[tid] = depth                                                                    <L 17>
    // wp::array_store(var_depths, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_depths, var_0, var_10, adj_depths, adj_0, adj_10);
    // adj: depths[tid] = depth                                                               <L 17>
    wp::adj_where(var_5, var_2, var_9, adj_5, adj_2, adj_9, adj_10);
    if (!var_5) {
        // adj: depth = 0.0                                                                   <L 16>
    }
    if (var_5) {
        wp::adj_atomic_add(var_contact_count, var_6, var_7, adj_contact_count, adj_6, adj_7, adj_8);
        // adj: wp.atomic_add(contact_count, 0, 1)                                            <L 14>
    }
    // adj: if depth > 0.0:                                                                   <L 13>
    wp::adj_sub(var_contact_margin, var_3, adj_contact_margin, adj_1, adj_2);
    wp::adj_address(var_sdf_values, var_0, adj_sdf_values, adj_0, adj_1);
    // adj: depth = contact_margin - sdf_values[tid]                                          <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def detect_overlap(                                                               <L 5>
    return;
}



struct detect_overlap_d19f4cbc_cpu_block_payload_forward
{
    wp_args_detect_overlap_d19f4cbc* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void detect_overlap_d19f4cbc_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    detect_overlap_d19f4cbc_cpu_block_payload_forward* payload = (detect_overlap_d19f4cbc_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    detect_overlap_d19f4cbc_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void detect_overlap_d19f4cbc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_detect_overlap_d19f4cbc *_wp_args)
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
        detect_overlap_d19f4cbc_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &detect_overlap_d19f4cbc_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct detect_overlap_d19f4cbc_cpu_block_payload_backward
{
    wp_args_detect_overlap_d19f4cbc* args;
    wp_args_detect_overlap_d19f4cbc* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void detect_overlap_d19f4cbc_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    detect_overlap_d19f4cbc_cpu_block_payload_backward* payload = (detect_overlap_d19f4cbc_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    detect_overlap_d19f4cbc_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void detect_overlap_d19f4cbc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_detect_overlap_d19f4cbc *_wp_args,
    wp_args_detect_overlap_d19f4cbc *_wp_adj_args)
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
        detect_overlap_d19f4cbc_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &detect_overlap_d19f4cbc_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

