// Warp 1.19.0 cpu code for points_to_world_d3ecbebb.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_points_to_world_0cac15a9 {
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> world_points;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::vec_t<3, wp::float32> local_offset;
    wp::vec_t<3, wp::float32> body_axis;
};


template <bool wp_linear_contiguous>
static void points_to_world_0cac15a9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_points_to_world_0cac15a9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points = _wp_args->world_points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_local_offset = _wp_args->local_offset;
    wp::vec_t<3, wp::float32> var_body_axis = _wp_args->body_axis;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def points_to_world(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // X_wb = body_q[tid]                                                                     <L 14>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_w = X_wb                                                                             <L 15>
    var_4 = wp::copy(var_2);
    // world_points[tid] = wp.transform_point(X_w, local_offset)                              <L 16>
    var_5 = wp::transform_point(var_4, var_local_offset);
    wp::array_store(var_world_points, var_0, var_5);
    // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 18>
    var_6 = wp::transform_vector(var_4, var_body_axis);
    var_7 = wp::normalize(var_6);
    wp::array_store(var_normals, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void points_to_world_0cac15a9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_points_to_world_0cac15a9 *_wp_args,
    wp_args_points_to_world_0cac15a9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points = _wp_args->world_points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_local_offset = _wp_args->local_offset;
    wp::vec_t<3, wp::float32> var_body_axis = _wp_args->body_axis;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_points = _wp_adj_args->world_points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::vec_t<3, wp::float32> adj_local_offset = _wp_adj_args->local_offset;
    wp::vec_t<3, wp::float32> adj_body_axis = _wp_adj_args->body_axis;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def points_to_world(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // X_wb = body_q[tid]                                                                     <L 14>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_w = X_wb                                                                             <L 15>
    var_4 = wp::copy(var_2);
    // world_points[tid] = wp.transform_point(X_w, local_offset)                              <L 16>
    var_5 = wp::transform_point(var_4, var_local_offset);
    // wp::array_store(var_world_points, var_0, var_5);
    // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 18>
    var_6 = wp::transform_vector(var_4, var_body_axis);
    var_7 = wp::normalize(var_6);
    // wp::array_store(var_normals, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_normals, var_0, var_7, adj_normals, adj_0, adj_7);
    wp::adj_normalize(var_6, var_7, adj_6, adj_7);
    wp::adj_transform_vector(var_4, var_body_axis, adj_4, adj_body_axis, adj_6);
    // adj: normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                  <L 18>
    wp::adj_array_store(var_world_points, var_0, var_5, adj_world_points, adj_0, adj_5);
    wp::adj_transform_point(var_4, var_local_offset, adj_4, adj_local_offset, adj_5);
    // adj: world_points[tid] = wp.transform_point(X_w, local_offset)                         <L 16>
    wp::adj_copy(var_2, adj_2, adj_4);
    // adj: X_w = X_wb                                                                        <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
    // adj: X_wb = body_q[tid]                                                                <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def points_to_world(                                                              <L 5>
    return;
}



struct points_to_world_0cac15a9_cpu_block_payload_forward
{
    wp_args_points_to_world_0cac15a9* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void points_to_world_0cac15a9_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    points_to_world_0cac15a9_cpu_block_payload_forward* payload = (points_to_world_0cac15a9_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    points_to_world_0cac15a9_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void points_to_world_0cac15a9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_points_to_world_0cac15a9 *_wp_args)
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
        points_to_world_0cac15a9_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &points_to_world_0cac15a9_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct points_to_world_0cac15a9_cpu_block_payload_backward
{
    wp_args_points_to_world_0cac15a9* args;
    wp_args_points_to_world_0cac15a9* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void points_to_world_0cac15a9_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    points_to_world_0cac15a9_cpu_block_payload_backward* payload = (points_to_world_0cac15a9_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    points_to_world_0cac15a9_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void points_to_world_0cac15a9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_points_to_world_0cac15a9 *_wp_args,
    wp_args_points_to_world_0cac15a9 *_wp_adj_args)
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
        points_to_world_0cac15a9_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &points_to_world_0cac15a9_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

