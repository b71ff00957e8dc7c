// Warp 1.19.0 cpu code for apply_rotation_e83847c5.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_apply_rotation_e53ee44b {
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::vec_t<3, wp::float32> spin_axis;
    wp::array_t<wp::vec_t<3, wp::float32>> directions;
};


template <bool wp_linear_contiguous>
static void apply_rotation_e53ee44b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_rotation_e53ee44b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_rotation_e53ee44b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.directions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_spin_axis = _wp_args->spin_axis;
    wp::array_t<wp::vec_t<3, wp::float32>> var_directions = _wp_args->directions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::quat_t<wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def apply_rotation(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // vel = velocities[tid]                                                                  <L 13>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // directions[tid] = wp.quat_rotate(wp.quat_from_axis_angle(spin_axis, wp.atan2(vel[1], vel[0])), normals[tid])       <L 14>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::atan2(var_5, var_7);
    var_9 = wp::quat_from_axis_angle(var_spin_axis, var_8);
    var_10 = wp::address(var_normals, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::quat_rotate(var_9, var_12);
    wp::array_store(var_directions, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void apply_rotation_e53ee44b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_rotation_e53ee44b *_wp_args,
    wp_args_apply_rotation_e53ee44b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_rotation_e53ee44b wp_contiguous_args;
    wp_args_apply_rotation_e53ee44b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.directions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.directions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_spin_axis = _wp_args->spin_axis;
    wp::array_t<wp::vec_t<3, wp::float32>> var_directions = _wp_args->directions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::vec_t<3, wp::float32> adj_spin_axis = _wp_adj_args->spin_axis;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_directions = _wp_adj_args->directions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::quat_t<wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::quat_t<wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def apply_rotation(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // vel = velocities[tid]                                                                  <L 13>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // directions[tid] = wp.quat_rotate(wp.quat_from_axis_angle(spin_axis, wp.atan2(vel[1], vel[0])), normals[tid])       <L 14>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::atan2(var_5, var_7);
    var_9 = wp::quat_from_axis_angle(var_spin_axis, var_8);
    var_10 = wp::address(var_normals, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::quat_rotate(var_9, var_12);
    // wp::array_store(var_directions, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_directions, var_0, var_11, adj_directions, adj_0, adj_11);
    wp::adj_quat_rotate(var_9, var_12, adj_9, adj_10, adj_11);
    wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_10);
    wp::adj_quat_from_axis_angle(var_spin_axis, var_8, adj_spin_axis, adj_8, adj_9);
    wp::adj_atan2(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: directions[tid] = wp.quat_rotate(wp.quat_from_axis_angle(spin_axis, wp.atan2(vel[1], vel[0])), normals[tid])  <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
    // adj: vel = velocities[tid]                                                             <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def apply_rotation(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_rotation_e53ee44b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_rotation_e53ee44b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_rotation_e53ee44b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_rotation_e53ee44b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_rotation_e53ee44b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->directions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_rotation_e53ee44b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_rotation_e53ee44b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_rotation_e53ee44b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_rotation_e53ee44b *_wp_args)
{
    apply_rotation_e53ee44b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_rotation_e53ee44b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_rotation_e53ee44b *_wp_args,
    wp_args_apply_rotation_e53ee44b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_rotation_e53ee44b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_rotation_e53ee44b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_rotation_e53ee44b *_wp_args,
    wp_args_apply_rotation_e53ee44b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->directions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->directions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_rotation_e53ee44b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_rotation_e53ee44b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_rotation_e53ee44b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_rotation_e53ee44b *_wp_args,
    wp_args_apply_rotation_e53ee44b *_wp_adj_args)
{
    apply_rotation_e53ee44b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

