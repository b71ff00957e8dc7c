// Warp 1.19.0 cpu code for move_points_26ddbe9d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_move_points_4fc71c1c {
    wp::array_t<wp::mat_t<4, 4, wp::float32>> model_matrices;
    wp::array_t<wp::vec_t<3, wp::float32>> vertices;
    wp::array_t<wp::vec_t<3, wp::float32>> world_points;
};


template <bool wp_linear_contiguous>
static void move_points_4fc71c1c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_move_points_4fc71c1c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_move_points_4fc71c1c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.model_matrices.strides[0] = sizeof(wp::mat_t<4, 4, wp::float32>);
        wp_contiguous_args.vertices.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.world_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_model_matrices = _wp_args->model_matrices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices = _wp_args->vertices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points = _wp_args->world_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<4, 4, wp::float32>* var_1;
    wp::mat_t<4, 4, wp::float32> var_2;
    wp::mat_t<4, 4, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def move_points(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // M = model_matrices[tid]                                                                <L 11>
    var_1 = wp::address(var_model_matrices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = vertices[tid]                                                                      <L 12>
    var_4 = wp::address(var_vertices, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // world_points[tid] = wp.transform_point(M, p)                                           <L 13>
    var_7 = wp::transform_point(var_2, var_5);
    wp::array_store(var_world_points, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void move_points_4fc71c1c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_move_points_4fc71c1c *_wp_args,
    wp_args_move_points_4fc71c1c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_move_points_4fc71c1c wp_contiguous_args;
    wp_args_move_points_4fc71c1c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.model_matrices.strides[0] = sizeof(wp::mat_t<4, 4, wp::float32>);
        wp_contiguous_adj_args.model_matrices.strides[0] = sizeof(wp::mat_t<4, 4, wp::float32>);
        wp_contiguous_args.vertices.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.vertices.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.world_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.world_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_model_matrices = _wp_args->model_matrices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices = _wp_args->vertices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points = _wp_args->world_points;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_model_matrices = _wp_adj_args->model_matrices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vertices = _wp_adj_args->vertices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_points = _wp_adj_args->world_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<4, 4, wp::float32>* var_1;
    wp::mat_t<4, 4, wp::float32> var_2;
    wp::mat_t<4, 4, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<4, 4, wp::float32> adj_1 = {};
    wp::mat_t<4, 4, wp::float32> adj_2 = {};
    wp::mat_t<4, 4, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def move_points(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // M = model_matrices[tid]                                                                <L 11>
    var_1 = wp::address(var_model_matrices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = vertices[tid]                                                                      <L 12>
    var_4 = wp::address(var_vertices, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // world_points[tid] = wp.transform_point(M, p)                                           <L 13>
    var_7 = wp::transform_point(var_2, var_5);
    // wp::array_store(var_world_points, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_world_points, var_0, var_7, adj_world_points, adj_0, adj_7);
    wp::adj_transform_point(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: world_points[tid] = wp.transform_point(M, p)                                      <L 13>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_vertices, var_0, adj_vertices, adj_0, adj_4);
    // adj: p = vertices[tid]                                                                 <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_model_matrices, var_0, adj_model_matrices, adj_0, adj_1);
    // adj: M = model_matrices[tid]                                                           <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def move_points(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void move_points_4fc71c1c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_move_points_4fc71c1c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        move_points_4fc71c1c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void move_points_4fc71c1c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_move_points_4fc71c1c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->model_matrices.strides[0] == (int)sizeof(wp::mat_t<4, 4, wp::float32>)) & (_wp_args->vertices.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->world_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        move_points_4fc71c1c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        move_points_4fc71c1c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void move_points_4fc71c1c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_move_points_4fc71c1c *_wp_args)
{
    move_points_4fc71c1c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void move_points_4fc71c1c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_move_points_4fc71c1c *_wp_args,
    wp_args_move_points_4fc71c1c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        move_points_4fc71c1c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void move_points_4fc71c1c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_move_points_4fc71c1c *_wp_args,
    wp_args_move_points_4fc71c1c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->model_matrices.strides[0] == (int)sizeof(wp::mat_t<4, 4, wp::float32>)) & (_wp_adj_args->model_matrices.strides[0] == (int)sizeof(wp::mat_t<4, 4, wp::float32>)) & (_wp_args->vertices.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->vertices.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->world_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->world_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        move_points_4fc71c1c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        move_points_4fc71c1c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void move_points_4fc71c1c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_move_points_4fc71c1c *_wp_args,
    wp_args_move_points_4fc71c1c *_wp_adj_args)
{
    move_points_4fc71c1c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

