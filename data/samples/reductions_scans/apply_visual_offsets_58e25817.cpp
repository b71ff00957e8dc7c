// Warp 1.19.0 cpu code for apply_visual_offsets_58e25817.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_apply_visual_offsets_86944511 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::int32> env_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> result;
};


template <bool wp_linear_contiguous>
static void apply_visual_offsets_86944511_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_visual_offsets_86944511 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_env_indices = _wp_args->env_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def apply_visual_offsets(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // g = env_indices[tid]                                                                   <L 13>
    var_1 = wp::address(var_env_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if g < 0:                                                                              <L 14>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 15>
        return;
    }
    // entry = offsets[g]                                                                     <L 16>
    var_6 = wp::address(var_offsets, var_2);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // result[tid] = x[tid] - entry                                                           <L 17>
    var_9 = wp::address(var_x, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_7);
    wp::array_store(var_result, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void apply_visual_offsets_86944511_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_visual_offsets_86944511 *_wp_args,
    wp_args_apply_visual_offsets_86944511 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_env_indices = _wp_args->env_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int32> adj_env_indices = _wp_adj_args->env_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def apply_visual_offsets(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // g = env_indices[tid]                                                                   <L 13>
    var_1 = wp::address(var_env_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if g < 0:                                                                              <L 14>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 15>
        goto label0;
    }
    // entry = offsets[g]                                                                     <L 16>
    var_6 = wp::address(var_offsets, var_2);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // result[tid] = x[tid] - entry                                                           <L 17>
    var_9 = wp::address(var_x, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_7);
    // wp::array_store(var_result, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_10, adj_result, adj_0, adj_10);
    wp::adj_sub(var_11, var_7, adj_9, adj_7, adj_10);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
    // adj: result[tid] = x[tid] - entry                                                      <L 17>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_offsets, var_2, adj_offsets, adj_2, adj_6);
    // adj: entry = offsets[g]                                                                <L 16>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    // adj: if g < 0:                                                                         <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_env_indices, var_0, adj_env_indices, adj_0, adj_1);
    // adj: g = env_indices[tid]                                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def apply_visual_offsets(                                                         <L 5>
    return;
}



struct apply_visual_offsets_86944511_cpu_block_payload_forward
{
    wp_args_apply_visual_offsets_86944511* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_visual_offsets_86944511_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_visual_offsets_86944511_cpu_block_payload_forward* payload = (apply_visual_offsets_86944511_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_visual_offsets_86944511_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_visual_offsets_86944511_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_visual_offsets_86944511 *_wp_args)
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
        apply_visual_offsets_86944511_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_visual_offsets_86944511_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct apply_visual_offsets_86944511_cpu_block_payload_backward
{
    wp_args_apply_visual_offsets_86944511* args;
    wp_args_apply_visual_offsets_86944511* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_visual_offsets_86944511_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_visual_offsets_86944511_cpu_block_payload_backward* payload = (apply_visual_offsets_86944511_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_visual_offsets_86944511_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void apply_visual_offsets_86944511_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_visual_offsets_86944511 *_wp_args,
    wp_args_apply_visual_offsets_86944511 *_wp_adj_args)
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
        apply_visual_offsets_86944511_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_visual_offsets_86944511_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

