// Warp 1.19.0 cpu code for twists_to_world_00d45092.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_twists_to_world_bf5990ed {
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_out;
};


template <bool wp_linear_contiguous>
static void twists_to_world_bf5990ed_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_twists_to_world_bf5990ed *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<6, 6, wp::float32> var_9;
    wp::vec_t<6, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    //---------
    // forward
    // def twists_to_world(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // xform = body_q[tid]                                                                    <L 11>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // R = wp.quat_to_matrix(wp.transform_get_rotation(xform))                                <L 12>
    var_4 = wp::transform_get_rotation(var_2);
    var_5 = wp::quat_to_matrix(var_4);
    // p = wp.transform_get_translation(xform)                                                <L 13>
    var_6 = wp::transform_get_translation(var_2);
    // Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                             <L 14>
    var_7 = wp::skew(var_6);
    var_8 = wp::mul(var_7, var_5);
    var_9 = wp::spatial_adjoint(var_5, var_8);
    // body_qd_out[tid] = Ad @ body_qd[tid]                                                   <L 15>
    var_10 = wp::address(var_body_qd, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_9, var_12);
    wp::array_store(var_body_qd_out, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void twists_to_world_bf5990ed_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_twists_to_world_bf5990ed *_wp_args,
    wp_args_twists_to_world_bf5990ed *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_out = _wp_adj_args->body_qd_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<6, 6, wp::float32> var_9;
    wp::vec_t<6, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<6, 6, wp::float32> adj_9 = {};
    wp::vec_t<6, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::vec_t<6, wp::float32> adj_12 = {};
    //---------
    // forward
    // def twists_to_world(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // xform = body_q[tid]                                                                    <L 11>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // R = wp.quat_to_matrix(wp.transform_get_rotation(xform))                                <L 12>
    var_4 = wp::transform_get_rotation(var_2);
    var_5 = wp::quat_to_matrix(var_4);
    // p = wp.transform_get_translation(xform)                                                <L 13>
    var_6 = wp::transform_get_translation(var_2);
    // Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                             <L 14>
    var_7 = wp::skew(var_6);
    var_8 = wp::mul(var_7, var_5);
    var_9 = wp::spatial_adjoint(var_5, var_8);
    // body_qd_out[tid] = Ad @ body_qd[tid]                                                   <L 15>
    var_10 = wp::address(var_body_qd, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_9, var_12);
    // wp::array_store(var_body_qd_out, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_out, var_0, var_11, adj_body_qd_out, adj_0, adj_11);
    wp::adj_mul(var_9, var_12, adj_9, adj_10, adj_11);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_10);
    // adj: body_qd_out[tid] = Ad @ body_qd[tid]                                              <L 15>
    wp::adj_spatial_adjoint(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_mul(var_7, var_5, adj_7, adj_5, adj_8);
    wp::adj_skew(var_6, adj_6, adj_7);
    // adj: Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                        <L 14>
    wp::adj_transform_get_translation(var_2, adj_2, adj_6);
    // adj: p = wp.transform_get_translation(xform)                                           <L 13>
    wp::adj_quat_to_matrix(var_4, adj_4, adj_5);
    wp::adj_transform_get_rotation(var_2, adj_2, adj_4);
    // adj: R = wp.quat_to_matrix(wp.transform_get_rotation(xform))                           <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
    // adj: xform = body_q[tid]                                                               <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def twists_to_world(                                                              <L 5>
    return;
}



struct twists_to_world_bf5990ed_cpu_block_payload_forward
{
    wp_args_twists_to_world_bf5990ed* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void twists_to_world_bf5990ed_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    twists_to_world_bf5990ed_cpu_block_payload_forward* payload = (twists_to_world_bf5990ed_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    twists_to_world_bf5990ed_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void twists_to_world_bf5990ed_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_twists_to_world_bf5990ed *_wp_args)
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
        twists_to_world_bf5990ed_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &twists_to_world_bf5990ed_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct twists_to_world_bf5990ed_cpu_block_payload_backward
{
    wp_args_twists_to_world_bf5990ed* args;
    wp_args_twists_to_world_bf5990ed* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void twists_to_world_bf5990ed_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    twists_to_world_bf5990ed_cpu_block_payload_backward* payload = (twists_to_world_bf5990ed_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    twists_to_world_bf5990ed_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void twists_to_world_bf5990ed_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_twists_to_world_bf5990ed *_wp_args,
    wp_args_twists_to_world_bf5990ed *_wp_adj_args)
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
        twists_to_world_bf5990ed_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &twists_to_world_bf5990ed_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

