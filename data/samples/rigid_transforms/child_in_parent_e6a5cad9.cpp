// Warp 1.19.0 cpu code for child_in_parent_e6a5cad9.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_child_in_parent_c3b429e3 {
    wp::array_t<wp::transform_t<wp::float32>> parent_q;
    wp::array_t<wp::transform_t<wp::float32>> transforms;
    wp::array_t<wp::transform_t<wp::float32>> X_rel_out;
    wp::array_t<wp::vec_t<3, wp::float32>> rotvec_out;
};


template <bool wp_linear_contiguous>
static void child_in_parent_c3b429e3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_child_in_parent_c3b429e3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q = _wp_args->parent_q;
    wp::array_t<wp::transform_t<wp::float32>> var_transforms = _wp_args->transforms;
    wp::array_t<wp::transform_t<wp::float32>> var_X_rel_out = _wp_args->X_rel_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rotvec_out = _wp_args->rotvec_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def child_in_parent(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // X_wb = transforms[tid]                                                                 <L 12>
    var_1 = wp::address(var_transforms, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_rel = wp.transform_multiply(wp.transform_inverse(parent_q[tid]), X_wb)               <L 13>
    var_4 = wp::address(var_parent_q, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::transform_inverse(var_6);
    var_7 = wp::transform_multiply(var_5, var_2);
    // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 14>
    var_8 = wp::transform_get_rotation(var_7);
    wp::quat_to_axis_angle(var_8, var_9, var_10);
    // X_rel_out[tid] = X_rel                                                                 <L 15>
    wp::array_store(var_X_rel_out, var_0, var_7);
    // rotvec_out[tid] = axis * angle                                                         <L 17>
    var_11 = wp::mul(var_9, var_10);
    wp::array_store(var_rotvec_out, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void child_in_parent_c3b429e3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_child_in_parent_c3b429e3 *_wp_args,
    wp_args_child_in_parent_c3b429e3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q = _wp_args->parent_q;
    wp::array_t<wp::transform_t<wp::float32>> var_transforms = _wp_args->transforms;
    wp::array_t<wp::transform_t<wp::float32>> var_X_rel_out = _wp_args->X_rel_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rotvec_out = _wp_args->rotvec_out;
    wp::array_t<wp::transform_t<wp::float32>> adj_parent_q = _wp_adj_args->parent_q;
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms = _wp_adj_args->transforms;
    wp::array_t<wp::transform_t<wp::float32>> adj_X_rel_out = _wp_adj_args->X_rel_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rotvec_out = _wp_adj_args->rotvec_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::transform_t<wp::float32> adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    wp::transform_t<wp::float32> adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def child_in_parent(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // X_wb = transforms[tid]                                                                 <L 12>
    var_1 = wp::address(var_transforms, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_rel = wp.transform_multiply(wp.transform_inverse(parent_q[tid]), X_wb)               <L 13>
    var_4 = wp::address(var_parent_q, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::transform_inverse(var_6);
    var_7 = wp::transform_multiply(var_5, var_2);
    // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 14>
    var_8 = wp::transform_get_rotation(var_7);
    wp::quat_to_axis_angle(var_8, var_9, var_10);
    // X_rel_out[tid] = X_rel                                                                 <L 15>
    // wp::array_store(var_X_rel_out, var_0, var_7);
    // rotvec_out[tid] = axis * angle                                                         <L 17>
    var_11 = wp::mul(var_9, var_10);
    // wp::array_store(var_rotvec_out, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_rotvec_out, var_0, var_11, adj_rotvec_out, adj_0, adj_11);
    wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
    // adj: rotvec_out[tid] = axis * angle                                                    <L 17>
    wp::adj_array_store(var_X_rel_out, var_0, var_7, adj_X_rel_out, adj_0, adj_7);
    // adj: X_rel_out[tid] = X_rel                                                            <L 15>
    wp::adj_quat_to_axis_angle(var_8, var_9, var_10, adj_8, adj_9, adj_10);
    wp::adj_transform_get_rotation(var_7, adj_7, adj_8);
    // adj: axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))             <L 14>
    wp::adj_transform_multiply(var_5, var_2, adj_5, adj_2, adj_7);
    wp::adj_transform_inverse(var_6, adj_4, adj_5);
    wp::adj_address(var_parent_q, var_0, adj_parent_q, adj_0, adj_4);
    // adj: X_rel = wp.transform_multiply(wp.transform_inverse(parent_q[tid]), X_wb)          <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_transforms, var_0, adj_transforms, adj_0, adj_1);
    // adj: X_wb = transforms[tid]                                                            <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def child_in_parent(                                                              <L 5>
    return;
}



struct child_in_parent_c3b429e3_cpu_block_payload_forward
{
    wp_args_child_in_parent_c3b429e3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void child_in_parent_c3b429e3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    child_in_parent_c3b429e3_cpu_block_payload_forward* payload = (child_in_parent_c3b429e3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    child_in_parent_c3b429e3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void child_in_parent_c3b429e3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_child_in_parent_c3b429e3 *_wp_args)
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
        child_in_parent_c3b429e3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &child_in_parent_c3b429e3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct child_in_parent_c3b429e3_cpu_block_payload_backward
{
    wp_args_child_in_parent_c3b429e3* args;
    wp_args_child_in_parent_c3b429e3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void child_in_parent_c3b429e3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    child_in_parent_c3b429e3_cpu_block_payload_backward* payload = (child_in_parent_c3b429e3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    child_in_parent_c3b429e3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void child_in_parent_c3b429e3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_child_in_parent_c3b429e3 *_wp_args,
    wp_args_child_in_parent_c3b429e3 *_wp_adj_args)
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
        child_in_parent_c3b429e3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &child_in_parent_c3b429e3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

