// Warp 1.19.0 cpu code for snap_to_ground_1650b30c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_snap_to_ground_70b1ab24 {
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::transform_t<wp::float32>> body_q_out;
};


template <bool wp_linear_contiguous>
static void snap_to_ground_70b1ab24_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_snap_to_ground_70b1ab24 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out = _wp_args->body_q_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def snap_to_ground(body_q: wp.array(dtype=wp.transform), body_q_out: wp.array(dtype=wp.transform)):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // X_wb = body_q[tid]                                                                     <L 8>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // pose = X_wb                                                                            <L 9>
    var_4 = wp::copy(var_2);
    // p = wp.transform_get_translation(pose)                                                 <L 10>
    var_5 = wp::transform_get_translation(var_4);
    // wp.transform_set_translation(pose, wp.vec3(p[0], p[1], 0.0))                           <L 11>
    var_7 = wp::extract(var_5, var_6);
    var_9 = wp::extract(var_5, var_8);
    var_11 = wp::vec_t<3, wp::float32>(var_7, var_9, var_10);
    wp::transform_set_translation(var_4, var_11);
    // body_q_out[tid] = pose                                                                 <L 12>
    wp::array_store(var_body_q_out, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void snap_to_ground_70b1ab24_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_snap_to_ground_70b1ab24 *_wp_args,
    wp_args_snap_to_ground_70b1ab24 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out = _wp_args->body_q_out;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_out = _wp_adj_args->body_q_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def snap_to_ground(body_q: wp.array(dtype=wp.transform), body_q_out: wp.array(dtype=wp.transform)):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // X_wb = body_q[tid]                                                                     <L 8>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // pose = X_wb                                                                            <L 9>
    var_4 = wp::copy(var_2);
    // p = wp.transform_get_translation(pose)                                                 <L 10>
    var_5 = wp::transform_get_translation(var_4);
    // wp.transform_set_translation(pose, wp.vec3(p[0], p[1], 0.0))                           <L 11>
    var_7 = wp::extract(var_5, var_6);
    var_9 = wp::extract(var_5, var_8);
    var_11 = wp::vec_t<3, wp::float32>(var_7, var_9, var_10);
    wp::transform_set_translation(var_4, var_11);
    // body_q_out[tid] = pose                                                                 <L 12>
    // wp::array_store(var_body_q_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_body_q_out, var_0, var_4, adj_body_q_out, adj_0, adj_4);
    // adj: body_q_out[tid] = pose                                                            <L 12>
    wp::adj_transform_set_translation(var_4, var_11, adj_4, adj_11);
    wp::adj_vec_t(var_7, var_9, var_10, adj_7, adj_9, adj_10, adj_11);
    wp::adj_extract(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_extract(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: wp.transform_set_translation(pose, wp.vec3(p[0], p[1], 0.0))                      <L 11>
    wp::adj_transform_get_translation(var_4, adj_4, adj_5);
    // adj: p = wp.transform_get_translation(pose)                                            <L 10>
    wp::adj_copy(var_2, adj_2, adj_4);
    // adj: pose = X_wb                                                                       <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
    // adj: X_wb = body_q[tid]                                                                <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def snap_to_ground(body_q: wp.array(dtype=wp.transform), body_q_out: wp.array(dtype=wp.transform)):  <L 5>
    return;
}



struct snap_to_ground_70b1ab24_cpu_block_payload_forward
{
    wp_args_snap_to_ground_70b1ab24* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void snap_to_ground_70b1ab24_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    snap_to_ground_70b1ab24_cpu_block_payload_forward* payload = (snap_to_ground_70b1ab24_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    snap_to_ground_70b1ab24_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void snap_to_ground_70b1ab24_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_snap_to_ground_70b1ab24 *_wp_args)
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
        snap_to_ground_70b1ab24_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &snap_to_ground_70b1ab24_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct snap_to_ground_70b1ab24_cpu_block_payload_backward
{
    wp_args_snap_to_ground_70b1ab24* args;
    wp_args_snap_to_ground_70b1ab24* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void snap_to_ground_70b1ab24_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    snap_to_ground_70b1ab24_cpu_block_payload_backward* payload = (snap_to_ground_70b1ab24_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    snap_to_ground_70b1ab24_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void snap_to_ground_70b1ab24_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_snap_to_ground_70b1ab24 *_wp_args,
    wp_args_snap_to_ground_70b1ab24 *_wp_adj_args)
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
        snap_to_ground_70b1ab24_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &snap_to_ground_70b1ab24_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

