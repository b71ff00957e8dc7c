// Warp 1.19.0 cuda code for keypoint_goal_deltas_a71ea75f.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// keypoint_goal_deltas.py:32
static CUDA_CALLABLE wp::quat_t<wp::float32> yaw_only_0(
    wp::quat_t<wp::float32> var_q)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::quat_t<wp::float32> var_14;
    //---------
    // forward
    // def yaw_only(q: wp.quat) -> wp.quat:                                                   <L 33>
    // fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))                                        <L 35>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::quat_rotate(var_q, var_3);
    // return wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.atan2(fwd[1], fwd[0]))       <L 36>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_10 = wp::extract(var_4, var_9);
    var_12 = wp::extract(var_4, var_11);
    var_13 = wp::atan2(var_10, var_12);
    var_14 = wp::quat_from_axis_angle(var_8, var_13);
    return var_14;
}


// keypoint_goal_deltas.py:32
static CUDA_CALLABLE void adj_yaw_only_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> & adj_q,
    wp::quat_t<wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void create_ee_goal_observations_kernel__locals__ee_goal_observations_6d064fc7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::float32 var_obs_scale_lin_vel,
    wp::array_t<wp::int32> var_env_root_body,
    wp::array_t<wp::int32> var_env_ee_body,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::int32> var_env_object_body,
    wp::array_t<wp::vec_t<9, wp::float32>> var_obs)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const bool var_14 = true;
        wp::vec_t<3, wp::float32> var_15;
        wp::quat_t<wp::float32> var_16;
        wp::quat_t<wp::float32> var_17;
        wp::transform_t<wp::float32> var_18;
        wp::transform_t<wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::int32* var_21;
        wp::int32 var_22;
        wp::transform_t<wp::float32>* var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::transform_t<wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<6, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<6, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::int32 var_32 = 0;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        const wp::int32 var_36 = 2;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        wp::float32 var_41;
        const wp::int32 var_42 = 2;
        wp::float32 var_43;
        const wp::int32 var_44 = 0;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::vec_t<9, wp::float32> var_53;
        const bool var_54 = false;
        //---------
        // forward
        // def ee_goal_observations(                                                              <L 41>
        // env = wp.tid()                                                                         <L 50>
        var_0 = builtin_tid1d();
        // ee = env_ee_body[env]                                                                  <L 51>
        var_1 = wp::address(var_env_ee_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // ee_pose = poses[ee]                                                                    <L 52>
        var_4 = wp::address(var_poses, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // tool_pos = wp.transform_get_translation(ee_pose)                                       <L 53>
        var_7 = wp::transform_get_translation(var_5);
        // if wp.static(frame == "world"):                                                        <L 56>
        // X_wb = poses[env_root_body[env]]                                                       <L 59>
        var_9 = wp::address(var_env_root_body, var_0);
        var_10 = wp::load(var_9);
        var_11 = wp::address(var_poses, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if wp.static(frame == "heading"):                                                      <L 60>
        // frame_pose = wp.transform(wp.transform_get_translation(X_wb), yaw_only(wp.transform_get_rotation(X_wb)))       <L 61>
        var_15 = wp::transform_get_translation(var_12);
        var_16 = wp::transform_get_rotation(var_12);
        var_17 = yaw_only_0(var_16);
        var_18 = wp::transform_t<wp::float32>(var_15, var_17);
        // X_inv = wp.transform_inverse(frame_pose)                                               <L 64>
        var_19 = wp::transform_inverse(var_18);
        // ee_local = wp.transform_point(X_inv, tool_pos)                                         <L 65>
        var_20 = wp::transform_point(var_19, var_7);
        // to_goal = wp.transform_vector(X_inv, wp.transform_get_translation(poses[env_object_body[env]]) - tool_pos)       <L 67>
        var_21 = wp::address(var_env_object_body, var_0);
        var_22 = wp::load(var_21);
        var_23 = wp::address(var_poses, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::transform_get_translation(var_25);
        var_26 = wp::sub(var_24, var_7);
        var_27 = wp::transform_vector(var_19, var_26);
        // v_ee = wp.transform_vector(X_inv, wp.spatial_bottom(body_qd[ee]))                      <L 68>
        var_28 = wp::address(var_body_qd, var_2);
        var_30 = wp::load(var_28);
        var_29 = wp::spatial_bottom(var_30);
        var_31 = wp::transform_vector(var_19, var_29);
        // o = obs_vec(                                                                           <L 69>
        // ee_local[0], ee_local[1], ee_local[2],                                                 <L 70>
        var_33 = wp::extract(var_20, var_32);
        var_35 = wp::extract(var_20, var_34);
        var_37 = wp::extract(var_20, var_36);
        // to_goal[0], to_goal[1], to_goal[2],                                                    <L 71>
        var_39 = wp::extract(var_27, var_38);
        var_41 = wp::extract(var_27, var_40);
        var_43 = wp::extract(var_27, var_42);
        // v_ee[0] * obs_scale_lin_vel, v_ee[1] * obs_scale_lin_vel, v_ee[2] * obs_scale_lin_vel,       <L 72>
        var_45 = wp::extract(var_31, var_44);
        var_46 = wp::mul(var_45, var_obs_scale_lin_vel);
        var_48 = wp::extract(var_31, var_47);
        var_49 = wp::mul(var_48, var_obs_scale_lin_vel);
        var_51 = wp::extract(var_31, var_50);
        var_52 = wp::mul(var_51, var_obs_scale_lin_vel);
        var_53 = wp::vec_t<9, wp::float32>({var_33, var_35, var_37, var_39, var_41, var_43, var_46, var_49, var_52});
        // if wp.static(clip > 0.0):                                                              <L 74>
        // obs[env] = o                                                                           <L 76>
        wp::array_store(var_obs, var_0, var_53);
    }
}



extern "C" __global__ void keypoint_goal_deltas_bdc6afc2_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_mask,
    wp::array_t<wp::int32> var_tracked_bodies,
    wp::array_t<wp::int32> var_world_body_start,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_target_keypoints,
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_delta)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32* var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::transform_t<wp::float32>* var_15;
        wp::transform_t<wp::float32> var_16;
        wp::transform_t<wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::transform_t<wp::float32>* var_22;
        wp::quat_t<wp::float32> var_23;
        wp::transform_t<wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // forward
        // def keypoint_goal_deltas(                                                              <L 9>
        // env, k = wp.tid()                                                                      <L 18>
        builtin_tid2d(var_0, var_1);
        // if env_mask[env] == 0:                                                                 <L 19>
        var_2 = wp::address(var_env_mask, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 20>
            continue;
        }
        // body = tracked_bodies[k]                                                               <L 21>
        var_6 = wp::address(var_tracked_bodies, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // if body < 0:                                                                           <L 22>
        var_10 = (var_7 < var_9);
        if (var_10) {
            // return                                                                             <L 23>
            continue;
        }
        // body_start = world_body_start[env]                                                     <L 24>
        var_11 = wp::address(var_world_body_start, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // X_wb = body_q[body_start + body]                                                       <L 25>
        var_14 = wp::add(var_12, var_7);
        var_15 = wp::address(var_body_q, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // p = wp.transform_get_translation(X_wb)                                                 <L 26>
        var_18 = wp::transform_get_translation(var_16);
        // delta = target_keypoints[env, k] - p                                                   <L 27>
        var_19 = wp::address(var_target_keypoints, var_0, var_1);
        var_21 = wp::load(var_19);
        var_20 = wp::sub(var_21, var_18);
        // root_rot = wp.transform_get_rotation(body_q[body_start])                               <L 28>
        var_22 = wp::address(var_body_q, var_12);
        var_24 = wp::load(var_22);
        var_23 = wp::transform_get_rotation(var_24);
        // goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)                               <L 29>
        var_25 = wp::quat_rotate_inv(var_23, var_20);
        wp::array_store(var_goal_delta, var_0, var_1, var_25);
    }
}

