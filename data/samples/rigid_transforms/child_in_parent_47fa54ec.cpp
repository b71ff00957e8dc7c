// Warp 1.19.0 cpu code for child_in_parent_47fa54ec.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_child_in_parent_5af663bd {
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::transform_t<wp::float32> root_xform;
    wp::array_t<wp::transform_t<wp::float32>> X_rel_out;
    wp::array_t<wp::vec_t<3, wp::float32>> joint_rotvec;
};


template <bool wp_linear_contiguous>
static void child_in_parent_5af663bd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_child_in_parent_5af663bd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_child_in_parent_5af663bd wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.X_rel_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.joint_rotvec.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::transform_t<wp::float32> var_root_xform = _wp_args->root_xform;
    wp::array_t<wp::transform_t<wp::float32>> var_X_rel_out = _wp_args->X_rel_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_rotvec = _wp_args->joint_rotvec;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32> var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def child_in_parent(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // X_rel = wp.transform_multiply(wp.transform_inverse(root_xform), body_q[tid])           <L 12>
    var_1 = wp::transform_inverse(var_root_xform);
    var_2 = wp::address(var_body_q, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::transform_multiply(var_1, var_4);
    // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 13>
    var_5 = wp::transform_get_rotation(var_3);
    wp::quat_to_axis_angle(var_5, var_6, var_7);
    // X_rel_out[tid] = X_rel                                                                 <L 14>
    wp::array_store(var_X_rel_out, var_0, var_3);
    // joint_rotvec[tid] = axis * angle                                                       <L 16>
    var_8 = wp::mul(var_6, var_7);
    wp::array_store(var_joint_rotvec, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void child_in_parent_5af663bd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_child_in_parent_5af663bd *_wp_args,
    wp_args_child_in_parent_5af663bd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_child_in_parent_5af663bd wp_contiguous_args;
    wp_args_child_in_parent_5af663bd wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.X_rel_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.X_rel_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.joint_rotvec.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.joint_rotvec.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::transform_t<wp::float32> var_root_xform = _wp_args->root_xform;
    wp::array_t<wp::transform_t<wp::float32>> var_X_rel_out = _wp_args->X_rel_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_rotvec = _wp_args->joint_rotvec;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::transform_t<wp::float32> adj_root_xform = _wp_adj_args->root_xform;
    wp::array_t<wp::transform_t<wp::float32>> adj_X_rel_out = _wp_adj_args->X_rel_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_rotvec = _wp_adj_args->joint_rotvec;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32> var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def child_in_parent(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // X_rel = wp.transform_multiply(wp.transform_inverse(root_xform), body_q[tid])           <L 12>
    var_1 = wp::transform_inverse(var_root_xform);
    var_2 = wp::address(var_body_q, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::transform_multiply(var_1, var_4);
    // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 13>
    var_5 = wp::transform_get_rotation(var_3);
    wp::quat_to_axis_angle(var_5, var_6, var_7);
    // X_rel_out[tid] = X_rel                                                                 <L 14>
    // wp::array_store(var_X_rel_out, var_0, var_3);
    // joint_rotvec[tid] = axis * angle                                                       <L 16>
    var_8 = wp::mul(var_6, var_7);
    // wp::array_store(var_joint_rotvec, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_joint_rotvec, var_0, var_8, adj_joint_rotvec, adj_0, adj_8);
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    // adj: joint_rotvec[tid] = axis * angle                                                  <L 16>
    wp::adj_array_store(var_X_rel_out, var_0, var_3, adj_X_rel_out, adj_0, adj_3);
    // adj: X_rel_out[tid] = X_rel                                                            <L 14>
    wp::adj_quat_to_axis_angle(var_5, var_6, var_7, adj_5, adj_6, adj_7);
    wp::adj_transform_get_rotation(var_3, adj_3, adj_5);
    // adj: axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))             <L 13>
    wp::adj_transform_multiply(var_1, var_4, adj_1, adj_2, adj_3);
    wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_2);
    wp::adj_transform_inverse(var_root_xform, adj_root_xform, adj_1);
    // adj: X_rel = wp.transform_multiply(wp.transform_inverse(root_xform), body_q[tid])      <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def child_in_parent(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void child_in_parent_5af663bd_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_child_in_parent_5af663bd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        child_in_parent_5af663bd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void child_in_parent_5af663bd_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_child_in_parent_5af663bd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->X_rel_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->joint_rotvec.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        child_in_parent_5af663bd_cpu_forward_tasks<true>(dim, _wp_args);
    else
        child_in_parent_5af663bd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void child_in_parent_5af663bd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_child_in_parent_5af663bd *_wp_args)
{
    child_in_parent_5af663bd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void child_in_parent_5af663bd_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_child_in_parent_5af663bd *_wp_args,
    wp_args_child_in_parent_5af663bd *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        child_in_parent_5af663bd_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void child_in_parent_5af663bd_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_child_in_parent_5af663bd *_wp_args,
    wp_args_child_in_parent_5af663bd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->X_rel_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->X_rel_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->joint_rotvec.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->joint_rotvec.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        child_in_parent_5af663bd_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        child_in_parent_5af663bd_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void child_in_parent_5af663bd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_child_in_parent_5af663bd *_wp_args,
    wp_args_child_in_parent_5af663bd *_wp_adj_args)
{
    child_in_parent_5af663bd_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

