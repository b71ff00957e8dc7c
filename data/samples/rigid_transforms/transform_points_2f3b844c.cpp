// Warp 1.19.0 cpu code for transform_points_2f3b844c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_transform_points_4585d1da {
    wp::array_t<wp::transform_t<wp::float32>> parent_q;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::transform_t<wp::float32> shape_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> world_points;
};


template <bool wp_linear_contiguous>
static void transform_points_4585d1da_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transform_points_4585d1da *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q = _wp_args->parent_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::transform_t<wp::float32> var_shape_xform = _wp_args->shape_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points = _wp_args->world_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def transform_points(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // X_wp = parent_q[tid]                                                                   <L 12>
    var_1 = wp::address(var_parent_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // world_points[tid] = wp.transform_point(wp.transform_multiply(X_wp, shape_xform), points[tid])       <L 13>
    var_4 = wp::transform_multiply(var_2, var_shape_xform);
    var_5 = wp::address(var_points, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::transform_point(var_4, var_7);
    wp::array_store(var_world_points, var_0, var_6);
}



template <bool wp_linear_contiguous>
static void transform_points_4585d1da_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transform_points_4585d1da *_wp_args,
    wp_args_transform_points_4585d1da *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q = _wp_args->parent_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::transform_t<wp::float32> var_shape_xform = _wp_args->shape_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points = _wp_args->world_points;
    wp::array_t<wp::transform_t<wp::float32>> adj_parent_q = _wp_adj_args->parent_q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::transform_t<wp::float32> adj_shape_xform = _wp_adj_args->shape_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_points = _wp_adj_args->world_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
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
    // def transform_points(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // X_wp = parent_q[tid]                                                                   <L 12>
    var_1 = wp::address(var_parent_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // world_points[tid] = wp.transform_point(wp.transform_multiply(X_wp, shape_xform), points[tid])       <L 13>
    var_4 = wp::transform_multiply(var_2, var_shape_xform);
    var_5 = wp::address(var_points, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::transform_point(var_4, var_7);
    // wp::array_store(var_world_points, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_world_points, var_0, var_6, adj_world_points, adj_0, adj_6);
    wp::adj_transform_point(var_4, var_7, adj_4, adj_5, adj_6);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_5);
    wp::adj_transform_multiply(var_2, var_shape_xform, adj_2, adj_shape_xform, adj_4);
    // adj: world_points[tid] = wp.transform_point(wp.transform_multiply(X_wp, shape_xform), points[tid])  <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_parent_q, var_0, adj_parent_q, adj_0, adj_1);
    // adj: X_wp = parent_q[tid]                                                              <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def transform_points(                                                             <L 5>
    return;
}



struct transform_points_4585d1da_cpu_block_payload_forward
{
    wp_args_transform_points_4585d1da* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void transform_points_4585d1da_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    transform_points_4585d1da_cpu_block_payload_forward* payload = (transform_points_4585d1da_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    transform_points_4585d1da_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void transform_points_4585d1da_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transform_points_4585d1da *_wp_args)
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
        transform_points_4585d1da_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &transform_points_4585d1da_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct transform_points_4585d1da_cpu_block_payload_backward
{
    wp_args_transform_points_4585d1da* args;
    wp_args_transform_points_4585d1da* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void transform_points_4585d1da_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    transform_points_4585d1da_cpu_block_payload_backward* payload = (transform_points_4585d1da_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    transform_points_4585d1da_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void transform_points_4585d1da_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transform_points_4585d1da *_wp_args,
    wp_args_transform_points_4585d1da *_wp_adj_args)
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
        transform_points_4585d1da_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &transform_points_4585d1da_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

