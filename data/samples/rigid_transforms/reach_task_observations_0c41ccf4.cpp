// Warp 1.19.0 cpu code for reach_task_observations_0c41ccf4.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_create_reach_task_observations_kernel__locals__reach_task_observations_1376e662 {
    wp::array_t<wp::int32> articulation_root;
    wp::array_t<wp::int32> hand_body;
    wp::array_t<wp::transform_t<wp::float32>> xforms;
    wp::array_t<wp::vec_t<6, wp::float32>> twists;
    wp::array_t<wp::vec_t<3, wp::float32>> target_positions;
    wp::array_t<wp::vec_t<15, wp::float32>> obs;
};


template <bool wp_linear_contiguous>
static void create_reach_task_observations_kernel__locals__reach_task_observations_1376e662_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_reach_task_observations_kernel__locals__reach_task_observations_1376e662 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_reach_task_observations_kernel__locals__reach_task_observations_1376e662 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.articulation_root.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.hand_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.xforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.target_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.obs.strides[0] = sizeof(wp::vec_t<15, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_articulation_root = _wp_args->articulation_root;
    wp::array_t<wp::int32> var_hand_body = _wp_args->hand_body;
    wp::array_t<wp::transform_t<wp::float32>> var_xforms = _wp_args->xforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::vec_t<3, wp::float32>> var_target_positions = _wp_args->target_positions;
    wp::array_t<wp::vec_t<15, wp::float32>> var_obs = _wp_args->obs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const bool var_8 = false;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::transform_t<wp::float32>* var_11;
    wp::transform_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    const bool var_14 = false;
    wp::transform_t<wp::float32> var_15;
    wp::transform_t<wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<6, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<6, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::quat_t<wp::float32> var_26;
    wp::quat_t<wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    const wp::int32 var_35 = 2;
    wp::float32 var_36;
    const wp::int32 var_37 = 0;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    const wp::int32 var_43 = 0;
    wp::float32 var_44;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    const wp::int32 var_47 = 2;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 0;
    wp::float32 var_51;
    const wp::int32 var_52 = 1;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    const wp::int32 var_55 = 2;
    const wp::int32 var_56 = 0;
    wp::float32 var_57;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 1;
    wp::float32 var_60;
    const wp::int32 var_61 = 1;
    const wp::int32 var_62 = 1;
    wp::float32 var_63;
    const wp::int32 var_64 = 2;
    const wp::int32 var_65 = 1;
    wp::float32 var_66;
    wp::vec_t<15, wp::float32> var_67;
    const bool var_68 = true;
    const wp::float32 var_69 = 5.0;
    const wp::float32 var_70 = -5.0;
    wp::vec_t<15, wp::float32> var_71;
    wp::vec_t<15, wp::float32> var_72;
    wp::vec_t<15, wp::float32> var_73;
    wp::vec_t<15, wp::float32> var_74;
    //---------
    // forward
    // def reach_task_observations(                                                           <L 17>
    // env = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // ee = hand_body[env]                                                                    <L 27>
    var_1 = wp::address(var_hand_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_we = xforms[ee]                                                                      <L 28>
    var_4 = wp::address(var_xforms, var_2);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p_ee = wp.transform_get_translation(X_we)                                              <L 29>
    var_7 = wp::transform_get_translation(var_5);
    // if wp.static(frame == "world"):                                                        <L 30>
    // X_wb = xforms[articulation_root[env]]                                                  <L 33>
    var_9 = wp::address(var_articulation_root, var_0);
    var_10 = wp::load(var_9);
    var_11 = wp::address(var_xforms, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // if wp.static(frame == "heading"):                                                      <L 34>
    // X_ref = X_wb                                                                           <L 37>
    var_15 = wp::copy(var_12);
    // X_inv = wp.transform_inverse(X_ref)                                                    <L 38>
    var_16 = wp::transform_inverse(var_15);
    // ee_local = wp.transform_point(X_inv, p_ee)                                             <L 39>
    var_17 = wp::transform_point(var_16, var_7);
    // to_goal = wp.transform_vector(X_inv, target_positions[env] - p_ee)                     <L 40>
    var_18 = wp::address(var_target_positions, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::sub(var_20, var_7);
    var_21 = wp::transform_vector(var_16, var_19);
    // v_ee = wp.transform_vector(X_inv, wp.spatial_bottom(twists[ee]))                       <L 41>
    var_22 = wp::address(var_twists, var_2);
    var_24 = wp::load(var_22);
    var_23 = wp::spatial_bottom(var_24);
    var_25 = wp::transform_vector(var_16, var_23);
    // q_ee = wp.quat_inverse(wp.transform_get_rotation(X_ref)) * wp.transform_get_rotation(X_we)       <L 42>
    var_26 = wp::transform_get_rotation(var_15);
    var_27 = wp::quat_inverse(var_26);
    var_28 = wp::transform_get_rotation(var_5);
    var_29 = wp::mul(var_27, var_28);
    // R = wp.quat_to_matrix(q_ee)                                                            <L 43>
    var_30 = wp::quat_to_matrix(var_29);
    // o = obs_vec(                                                                           <L 44>
    // ee_local[0], ee_local[1], ee_local[2],                                                 <L 45>
    var_32 = wp::extract(var_17, var_31);
    var_34 = wp::extract(var_17, var_33);
    var_36 = wp::extract(var_17, var_35);
    // to_goal[0], to_goal[1], to_goal[2],                                                    <L 46>
    var_38 = wp::extract(var_21, var_37);
    var_40 = wp::extract(var_21, var_39);
    var_42 = wp::extract(var_21, var_41);
    // v_ee[0], v_ee[1], v_ee[2],                                                             <L 47>
    var_44 = wp::extract(var_25, var_43);
    var_46 = wp::extract(var_25, var_45);
    var_48 = wp::extract(var_25, var_47);
    // R[0, 0], R[1, 0], R[2, 0], R[0, 1], R[1, 1], R[2, 1],                                  <L 48>
    var_51 = wp::extract(var_30, var_49, var_50);
    var_54 = wp::extract(var_30, var_52, var_53);
    var_57 = wp::extract(var_30, var_55, var_56);
    var_60 = wp::extract(var_30, var_58, var_59);
    var_63 = wp::extract(var_30, var_61, var_62);
    var_66 = wp::extract(var_30, var_64, var_65);
    var_67 = wp::vec_t<15, wp::float32>({var_32, var_34, var_36, var_38, var_40, var_42, var_44, var_46, var_48, var_51, var_54, var_57, var_60, var_63, var_66});
    // if wp.static(clip > 0.0):                                                              <L 50>
    // o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))                                   <L 51>
    var_71 = wp::vec_t<15, wp::float32>(var_70);
    var_72 = wp::max(var_67, var_71);
    var_73 = wp::vec_t<15, wp::float32>(var_69);
    var_74 = wp::min(var_72, var_73);
    // obs[env] = o                                                                           <L 52>
    wp::array_store(var_obs, var_0, var_74);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_reach_task_observations_kernel__locals__reach_task_observations_1376e662_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_reach_task_observations_kernel__locals__reach_task_observations_1376e662 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_reach_task_observations_kernel__locals__reach_task_observations_1376e662_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_reach_task_observations_kernel__locals__reach_task_observations_1376e662_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_reach_task_observations_kernel__locals__reach_task_observations_1376e662 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->articulation_root.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->hand_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->xforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->target_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->obs.strides[0] == (int)sizeof(wp::vec_t<15, wp::float32>)));
    if (wp_linear_contiguous)
        create_reach_task_observations_kernel__locals__reach_task_observations_1376e662_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_reach_task_observations_kernel__locals__reach_task_observations_1376e662_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_reach_task_observations_kernel__locals__reach_task_observations_1376e662_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_reach_task_observations_kernel__locals__reach_task_observations_1376e662 *_wp_args)
{
    create_reach_task_observations_kernel__locals__reach_task_observations_1376e662_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_local_to_world_86e39018 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::transform_t<wp::float32> root_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> points_out;
};


template <bool wp_linear_contiguous>
static void local_to_world_86e39018_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_local_to_world_86e39018 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_local_to_world_86e39018 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::transform_t<wp::float32> var_root_xform = _wp_args->root_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def local_to_world(                                                                    <L 60>
    // tid = wp.tid()                                                                         <L 65>
    var_0 = builtin_tid1d();
    // pt = points[tid]                                                                       <L 66>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // points_out[tid] = wp.transform_vector(root_xform, pt)                                  <L 67>
    var_4 = wp::transform_vector(var_root_xform, var_2);
    wp::array_store(var_points_out, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void local_to_world_86e39018_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_local_to_world_86e39018 *_wp_args,
    wp_args_local_to_world_86e39018 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_local_to_world_86e39018 wp_contiguous_args;
    wp_args_local_to_world_86e39018 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::transform_t<wp::float32> var_root_xform = _wp_args->root_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::transform_t<wp::float32> adj_root_xform = _wp_adj_args->root_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out = _wp_adj_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def local_to_world(                                                                    <L 60>
    // tid = wp.tid()                                                                         <L 65>
    var_0 = builtin_tid1d();
    // pt = points[tid]                                                                       <L 66>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // points_out[tid] = wp.transform_vector(root_xform, pt)                                  <L 67>
    var_4 = wp::transform_vector(var_root_xform, var_2);
    // wp::array_store(var_points_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_points_out, var_0, var_4, adj_points_out, adj_0, adj_4);
    wp::adj_transform_vector(var_root_xform, var_2, adj_root_xform, adj_2, adj_4);
    // adj: points_out[tid] = wp.transform_vector(root_xform, pt)                             <L 67>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: pt = points[tid]                                                                  <L 66>
    // adj: tid = wp.tid()                                                                    <L 65>
    // adj: def local_to_world(                                                               <L 60>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void local_to_world_86e39018_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_local_to_world_86e39018 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        local_to_world_86e39018_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void local_to_world_86e39018_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_local_to_world_86e39018 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        local_to_world_86e39018_cpu_forward_tasks<true>(dim, _wp_args);
    else
        local_to_world_86e39018_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void local_to_world_86e39018_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_local_to_world_86e39018 *_wp_args)
{
    local_to_world_86e39018_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void local_to_world_86e39018_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_local_to_world_86e39018 *_wp_args,
    wp_args_local_to_world_86e39018 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        local_to_world_86e39018_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void local_to_world_86e39018_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_local_to_world_86e39018 *_wp_args,
    wp_args_local_to_world_86e39018 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        local_to_world_86e39018_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        local_to_world_86e39018_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void local_to_world_86e39018_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_local_to_world_86e39018 *_wp_args,
    wp_args_local_to_world_86e39018 *_wp_adj_args)
{
    local_to_world_86e39018_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

