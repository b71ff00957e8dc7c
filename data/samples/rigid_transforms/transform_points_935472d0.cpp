// Warp 1.19.0 cpu code for transform_points_935472d0.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_transform_points_f188a64b {
    wp::array_t<wp::vec_t<3, wp::float32>> points_out;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::transform_t<wp::float32> world_xform;
    wp::vec_t<3, wp::float32> local_offset;
    wp::vec_t<3, wp::float32> body_axis;
};


template <bool wp_linear_contiguous>
static void transform_points_f188a64b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transform_points_f188a64b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::transform_t<wp::float32> var_world_xform = _wp_args->world_xform;
    wp::vec_t<3, wp::float32> var_local_offset = _wp_args->local_offset;
    wp::vec_t<3, wp::float32> var_body_axis = _wp_args->body_axis;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def transform_points(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // X_w = world_xform                                                                      <L 13>
    var_1 = wp::copy(var_world_xform);
    // points_out[tid] = wp.transform_point(X_w, local_offset)                                <L 14>
    var_2 = wp::transform_point(var_1, var_local_offset);
    wp::array_store(var_points_out, var_0, var_2);
    // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 16>
    var_3 = wp::transform_vector(var_1, var_body_axis);
    var_4 = wp::normalize(var_3);
    wp::array_store(var_normals, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void transform_points_f188a64b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transform_points_f188a64b *_wp_args,
    wp_args_transform_points_f188a64b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::transform_t<wp::float32> var_world_xform = _wp_args->world_xform;
    wp::vec_t<3, wp::float32> var_local_offset = _wp_args->local_offset;
    wp::vec_t<3, wp::float32> var_body_axis = _wp_args->body_axis;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out = _wp_adj_args->points_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::transform_t<wp::float32> adj_world_xform = _wp_adj_args->world_xform;
    wp::vec_t<3, wp::float32> adj_local_offset = _wp_adj_args->local_offset;
    wp::vec_t<3, wp::float32> adj_body_axis = _wp_adj_args->body_axis;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def transform_points(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // X_w = world_xform                                                                      <L 13>
    var_1 = wp::copy(var_world_xform);
    // points_out[tid] = wp.transform_point(X_w, local_offset)                                <L 14>
    var_2 = wp::transform_point(var_1, var_local_offset);
    // wp::array_store(var_points_out, var_0, var_2);
    // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 16>
    var_3 = wp::transform_vector(var_1, var_body_axis);
    var_4 = wp::normalize(var_3);
    // wp::array_store(var_normals, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_normals, var_0, var_4, adj_normals, adj_0, adj_4);
    wp::adj_normalize(var_3, var_4, adj_3, adj_4);
    wp::adj_transform_vector(var_1, var_body_axis, adj_1, adj_body_axis, adj_3);
    // adj: normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                  <L 16>
    wp::adj_array_store(var_points_out, var_0, var_2, adj_points_out, adj_0, adj_2);
    wp::adj_transform_point(var_1, var_local_offset, adj_1, adj_local_offset, adj_2);
    // adj: points_out[tid] = wp.transform_point(X_w, local_offset)                           <L 14>
    wp::adj_copy(var_world_xform, adj_world_xform, adj_1);
    // adj: X_w = world_xform                                                                 <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def transform_points(                                                             <L 5>
    return;
}



struct transform_points_f188a64b_cpu_block_payload_forward
{
    wp_args_transform_points_f188a64b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void transform_points_f188a64b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    transform_points_f188a64b_cpu_block_payload_forward* payload = (transform_points_f188a64b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    transform_points_f188a64b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void transform_points_f188a64b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transform_points_f188a64b *_wp_args)
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
        transform_points_f188a64b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &transform_points_f188a64b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct transform_points_f188a64b_cpu_block_payload_backward
{
    wp_args_transform_points_f188a64b* args;
    wp_args_transform_points_f188a64b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void transform_points_f188a64b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    transform_points_f188a64b_cpu_block_payload_backward* payload = (transform_points_f188a64b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    transform_points_f188a64b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void transform_points_f188a64b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transform_points_f188a64b *_wp_args,
    wp_args_transform_points_f188a64b *_wp_adj_args)
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
        transform_points_f188a64b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &transform_points_f188a64b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

