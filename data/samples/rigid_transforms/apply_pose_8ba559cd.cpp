// Warp 1.19.0 cpu code for apply_pose_8ba559cd.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_apply_pose_97862002 {
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::vec_t<3, wp::float32>> vertices;
    wp::int32 active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> points_out;
};


template <bool wp_linear_contiguous>
static void apply_pose_97862002_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_pose_97862002 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_pose_97862002 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.vertices.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices = _wp_args->vertices;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def apply_pose(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 12>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 13>
        return;
    }
    // pose = poses[tid]                                                                      <L 14>
    var_2 = wp::address(var_poses, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // p = vertices[tid]                                                                      <L 15>
    var_5 = wp::address(var_vertices, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // points_out[tid] = wp.transform_point(pose, p)                                          <L 16>
    var_8 = wp::transform_point(var_3, var_6);
    wp::array_store(var_points_out, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void apply_pose_97862002_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_pose_97862002 *_wp_args,
    wp_args_apply_pose_97862002 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_pose_97862002 wp_contiguous_args;
    wp_args_apply_pose_97862002 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.vertices.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.vertices.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices = _wp_args->vertices;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vertices = _wp_adj_args->vertices;
    wp::int32 adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out = _wp_adj_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def apply_pose(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 12>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 13>
        goto label0;
    }
    // pose = poses[tid]                                                                      <L 14>
    var_2 = wp::address(var_poses, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // p = vertices[tid]                                                                      <L 15>
    var_5 = wp::address(var_vertices, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // points_out[tid] = wp.transform_point(pose, p)                                          <L 16>
    var_8 = wp::transform_point(var_3, var_6);
    // wp::array_store(var_points_out, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_points_out, var_0, var_8, adj_points_out, adj_0, adj_8);
    wp::adj_transform_point(var_3, var_6, adj_3, adj_6, adj_8);
    // adj: points_out[tid] = wp.transform_point(pose, p)                                     <L 16>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_vertices, var_0, adj_vertices, adj_0, adj_5);
    // adj: p = vertices[tid]                                                                 <L 15>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_2);
    // adj: pose = poses[tid]                                                                 <L 14>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    // adj: if tid >= active_count:                                                           <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def apply_pose(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_pose_97862002_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pose_97862002 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_pose_97862002_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_pose_97862002_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pose_97862002 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->vertices.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_pose_97862002_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_pose_97862002_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_pose_97862002_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pose_97862002 *_wp_args)
{
    apply_pose_97862002_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_pose_97862002_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pose_97862002 *_wp_args,
    wp_args_apply_pose_97862002 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_pose_97862002_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_pose_97862002_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pose_97862002 *_wp_args,
    wp_args_apply_pose_97862002 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->vertices.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->vertices.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_pose_97862002_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_pose_97862002_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_pose_97862002_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_pose_97862002 *_wp_args,
    wp_args_apply_pose_97862002 *_wp_adj_args)
{
    apply_pose_97862002_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

