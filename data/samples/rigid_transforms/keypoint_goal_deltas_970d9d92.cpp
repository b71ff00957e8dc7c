// Warp 1.19.0 cpu code for keypoint_goal_deltas_970d9d92.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// keypoint_goal_deltas.py:4
static wp::float32 rotation_error_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> var_q_goal)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::quat_t<wp::float32> var_1;
    const wp::float32 var_2 = 2.0;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def rotation_error(q: wp.quat, q_goal: wp.quat) -> float:                              <L 5>
    // dq = q_goal * wp.quat_inverse(q)                                                       <L 7>
    var_0 = wp::quat_inverse(var_q);
    var_1 = wp::mul(var_q_goal, var_0);
    // return 2.0 * wp.asin(wp.min(wp.length(wp.vec3(dq[0], dq[1], dq[2])), 1.0))             <L 8>
    var_4 = wp::extract(var_1, var_3);
    var_6 = wp::extract(var_1, var_5);
    var_8 = wp::extract(var_1, var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_4, var_6, var_8);
    var_10 = wp::length(var_9);
    var_12 = wp::min(var_10, var_11);
    var_13 = wp::asin(var_12);
    var_14 = wp::mul(var_2, var_13);
    return var_14;
}


// keypoint_goal_deltas.py:4
static void adj_rotation_error_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> var_q_goal,
    wp::quat_t<wp::float32> & adj_q,
    wp::quat_t<wp::float32> & adj_q_goal,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_keypoint_goal_deltas_4dcb3a51 {
    wp::array_t<wp::int32> tracked_bodies;
    wp::array_t<wp::int32> world_body_start;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> keypoint_offset;
    wp::array_t<wp::transform_t<wp::float32>> goal_pose;
    wp::float32 goal_tolerance;
    wp::array_t<wp::vec_t<3, wp::float32>> goal_delta;
    wp::array_t<wp::float32> goal_rot_error;
    wp::array_t<wp::int32> goal_hits;
};


template <bool wp_linear_contiguous>
static void keypoint_goal_deltas_4dcb3a51_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_keypoint_goal_deltas_4dcb3a51 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tracked_bodies = _wp_args->tracked_bodies;
    wp::array_t<wp::int32> var_world_body_start = _wp_args->world_body_start;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_keypoint_offset = _wp_args->keypoint_offset;
    wp::array_t<wp::transform_t<wp::float32>> var_goal_pose = _wp_args->goal_pose;
    wp::float32 var_goal_tolerance = _wp_args->goal_tolerance;
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_delta = _wp_args->goal_delta;
    wp::array_t<wp::float32> var_goal_rot_error = _wp_args->goal_rot_error;
    wp::array_t<wp::int32> var_goal_hits = _wp_args->goal_hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::transform_t<wp::float32>* var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::transform_t<wp::float32>* var_16;
    wp::transform_t<wp::float32> var_17;
    wp::transform_t<wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::quat_t<wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    //---------
    // forward
    // def keypoint_goal_deltas(                                                              <L 12>
    // env, k = wp.tid()                                                                      <L 23>
    builtin_tid2d(var_0, var_1);
    // body = tracked_bodies[k]                                                               <L 24>
    var_2 = wp::address(var_tracked_bodies, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if body < 0:                                                                           <L 25>
    var_6 = (var_3 < var_5);
    if (var_6) {
        // return                                                                             <L 26>
        return;
    }
    // X_wb = body_q[world_body_start[env] + body]                                            <L 27>
    var_7 = wp::address(var_world_body_start, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_9, var_3);
    var_10 = wp::address(var_body_q, var_8);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // p = wp.transform_point(X_wb, keypoint_offset[k])                                       <L 28>
    var_13 = wp::address(var_keypoint_offset, var_1);
    var_15 = wp::load(var_13);
    var_14 = wp::transform_point(var_11, var_15);
    // X_goal = goal_pose[env, k]                                                             <L 29>
    var_16 = wp::address(var_goal_pose, var_0, var_1);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // delta = wp.transform_get_translation(X_goal) - p                                       <L 30>
    var_19 = wp::transform_get_translation(var_17);
    var_20 = wp::sub(var_19, var_14);
    // goal_rot_error[env, k] = rotation_error(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_goal))       <L 31>
    var_21 = wp::transform_get_rotation(var_11);
    var_22 = wp::transform_get_rotation(var_17);
    var_23 = rotation_error_0(var_21, var_22);
    wp::array_store(var_goal_rot_error, var_0, var_1, var_23);
    // goal_delta[env, k] = delta                                                             <L 32>
    wp::array_store(var_goal_delta, var_0, var_1, var_20);
    // dist = wp.length(delta)                                                                <L 33>
    var_24 = wp::length(var_20);
    // if dist < goal_tolerance:                                                              <L 34>
    var_25 = (var_24 < var_goal_tolerance);
    if (var_25) {
        // wp.atomic_add(goal_hits, env, 1)                                                   <L 35>
        var_27 = wp::atomic_add(var_goal_hits, var_0, var_26);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void keypoint_goal_deltas_4dcb3a51_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_keypoint_goal_deltas_4dcb3a51 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        keypoint_goal_deltas_4dcb3a51_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void keypoint_goal_deltas_4dcb3a51_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_keypoint_goal_deltas_4dcb3a51 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    keypoint_goal_deltas_4dcb3a51_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void keypoint_goal_deltas_4dcb3a51_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_keypoint_goal_deltas_4dcb3a51 *_wp_args)
{
    keypoint_goal_deltas_4dcb3a51_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

