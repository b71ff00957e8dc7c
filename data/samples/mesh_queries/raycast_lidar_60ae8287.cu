// Warp 1.19.0 cuda code for raycast_lidar_60ae8287.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// raycast_lidar.py:11
static CUDA_CALLABLE wp::float32 return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::float32 var_max_range)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:       <L 12>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 14>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence * (1.0 - t / max_range)                                           <L 15>
    var_3 = wp::div(var_t, var_max_range);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// raycast_lidar.py:104
static CUDA_CALLABLE wp::float32 rotation_error_0(
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
    // def rotation_error(q: wp.quat, q_goal: wp.quat) -> float:                              <L 105>
    // dq = q_goal * wp.quat_inverse(q)                                                       <L 107>
    var_0 = wp::quat_inverse(var_q);
    var_1 = wp::mul(var_q_goal, var_0);
    // return 2.0 * wp.asin(wp.min(wp.length(wp.vec3(dq[0], dq[1], dq[2])), 1.0))             <L 108>
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


// raycast_lidar.py:11
static CUDA_CALLABLE void adj_return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::float32 var_max_range,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::vec_t<3, wp::float32> & adj_beam_dir,
    wp::float32 & adj_t,
    wp::float32 & adj_max_range,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// raycast_lidar.py:104
static CUDA_CALLABLE void adj_rotation_error_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> var_q_goal,
    wp::quat_t<wp::float32> & adj_q,
    wp::quat_t<wp::float32> & adj_q_goal,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void raycast_lidar_07676aa3_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_points,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::transform_t<wp::float32>> var_lidar_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs_local,
    wp::array_t<wp::int32> var_pattern_start,
    wp::float32 var_lidar_max_range,
    wp::int32 var_rng_seed,
    wp::array_t<wp::float32> var_beam_range,
    wp::array_t<wp::int32> var_num_points,
    wp::array_t<wp::float32> var_closest_range)
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
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::mesh_query_ray_t var_13;
        const wp::int32 var_14 = -1;
        bool var_15;
        bool* var_16;
        bool var_17;
        bool var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = 0.05;
        bool var_21;
        wp::float32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::uint32 var_29;
        wp::float32* var_30;
        const wp::float32 var_31 = 0.01;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::shape_t* var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::shape_t var_47;
        bool var_48;
        const wp::int32 var_49 = 0;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        const wp::int32 var_53 = 2;
        wp::float32 var_54;
        wp::vec_t<4, wp::float32> var_55;
        //---------
        // forward
        // def raycast_lidar(                                                                     <L 19>
        // env, beam = wp.tid()                                                                   <L 31>
        builtin_tid2d(var_0, var_1);
        // X_ws = lidar_poses[env]                                                                <L 32>
        var_2 = wp::address(var_lidar_poses, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // origin = wp.transform_get_translation(X_ws)                                            <L 33>
        var_5 = wp::transform_get_translation(var_3);
        // dir_local = ray_dirs_local[pattern_start[env] + beam]                                  <L 34>
        var_6 = wp::address(var_pattern_start, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::add(var_8, var_1);
        var_9 = wp::address(var_ray_dirs_local, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 35>
        var_12 = wp::transform_vector(var_3, var_10);
        // query = wp.mesh_query_ray(mesh_id, origin, dir_world, lidar_max_range)                 <L 36>
        var_13 = wp::mesh_query_ray(var_mesh_id, var_5, var_12, var_lidar_max_range, var_14);
        // if not query.result or query.t < MIN_RANGE:                                            <L 37>
        var_16 = &((var_13).result);
        var_18 = wp::load(var_16);
        var_17 = wp::unot(var_18);
        var_15 = var_17;
        if (!var_15) {
            var_19 = &((var_13).t);
            var_22 = wp::load(var_19);
            var_21 = (var_22 < var_20);
            var_15 = var_15 || var_21;
        }
        if (var_15) {
            // beam_range[env, beam] = lidar_max_range                                            <L 38>
            wp::array_store(var_beam_range, var_0, var_1, var_lidar_max_range);
            // return                                                                             <L 39>
            continue;
        }
        // num_beams = beam_range.shape[1]                                                        <L 40>
        var_23 = &(var_beam_range.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        // state = wp.rand_init(rng_seed, env * num_beams + beam)                                 <L 41>
        var_27 = wp::mul(var_0, var_25);
        var_28 = wp::add(var_27, var_1);
        var_29 = wp::rand_init(var_rng_seed, var_28);
        // t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, lidar_max_range)       <L 42>
        var_30 = &((var_13).t);
        var_32 = wp::randn(var_29);
        var_33 = wp::mul(var_31, var_32);
        var_35 = wp::load(var_30);
        var_34 = wp::add(var_35, var_33);
        var_36 = wp::clamp(var_34, var_20, var_lidar_max_range);
        // beam_range[env, beam] = t                                                              <L 43>
        wp::array_store(var_beam_range, var_0, var_1, var_36);
        // wp.atomic_min(closest_range, env, t)                                                   <L 44>
        var_37 = wp::atomic_min(var_closest_range, var_0, var_36);
        // p = dir_local * t                                                                      <L 45>
        var_38 = wp::mul(var_10, var_36);
        // strength = return_intensity(query.normal, dir_world, t, lidar_max_range)               <L 46>
        var_39 = &((var_13).normal);
        var_41 = wp::load(var_39);
        var_40 = return_intensity_0(var_41, var_12, var_36, var_lidar_max_range);
        // slot = wp.atomic_add(num_points, env, 1)                                               <L 47>
        var_43 = wp::atomic_add(var_num_points, var_0, var_42);
        // if slot < points.shape[1]:                                                             <L 48>
        var_44 = &(var_points.shape);
        var_47 = wp::load(var_44);
        var_46 = wp::extract(var_47, var_45);
        var_48 = (var_43 < var_46);
        if (var_48) {
            // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 49>
            var_50 = wp::extract(var_38, var_49);
            var_52 = wp::extract(var_38, var_51);
            var_54 = wp::extract(var_38, var_53);
            var_55 = wp::vec_t<4, wp::float32>(var_50, var_52, var_54, var_40);
            wp::array_store(var_points, var_0, var_43, var_55);
        }
    }
}



extern "C" __global__ void goal_keypoint_observations_a6ebc0bd_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_keypoint_body,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::transform_t<wp::float32>> var_target_pose,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_origin,
    wp::float32 var_success_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_obs_keypoint_delta,
    wp::array_t<wp::float32> var_goal_distance,
    wp::array_t<wp::float32> var_goal_rot_error,
    wp::array_t<wp::int32> var_keypoints_reached)
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
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::transform_t<wp::float32>* var_11;
        wp::transform_t<wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::quat_t<wp::float32> var_19;
        wp::quat_t<wp::float32> var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        //---------
        // forward
        // def goal_keypoint_observations(                                                        <L 112>
        // env, k = wp.tid()                                                                      <L 123>
        builtin_tid2d(var_0, var_1);
        // body = keypoint_body[k]                                                                <L 124>
        var_2 = wp::address(var_keypoint_body, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if body < 0:                                                                           <L 125>
        var_6 = (var_3 < var_5);
        if (var_6) {
            // return                                                                             <L 126>
            continue;
        }
        // X_wb = body_q[env, body]                                                               <L 127>
        var_7 = wp::address(var_body_q, var_0, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p = wp.transform_get_translation(X_wb)                                                 <L 128>
        var_10 = wp::transform_get_translation(var_8);
        // X_goal = target_pose[env, k]                                                           <L 130>
        var_11 = wp::address(var_target_pose, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // delta = wp.transform_get_translation(X_goal) + env_origin[env] - p                     <L 131>
        var_14 = wp::transform_get_translation(var_12);
        var_15 = wp::address(var_env_origin, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::add(var_14, var_17);
        var_18 = wp::sub(var_16, var_10);
        // goal_rot_error[env, k] = rotation_error(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_goal))       <L 132>
        var_19 = wp::transform_get_rotation(var_8);
        var_20 = wp::transform_get_rotation(var_12);
        var_21 = rotation_error_0(var_19, var_20);
        wp::array_store(var_goal_rot_error, var_0, var_1, var_21);
        // obs_keypoint_delta[env, k] = delta                                                     <L 133>
        wp::array_store(var_obs_keypoint_delta, var_0, var_1, var_18);
        // dist = wp.length(delta)                                                                <L 134>
        var_22 = wp::length(var_18);
        // goal_distance[env, k] = dist                                                           <L 135>
        wp::array_store(var_goal_distance, var_0, var_1, var_22);
        // if dist < success_radius:                                                              <L 136>
        var_23 = (var_22 < var_success_radius);
        if (var_23) {
            // wp.atomic_add(keypoints_reached, env, 1)                                           <L 137>
            var_25 = wp::atomic_add(var_keypoints_reached, var_0, var_24);
        }
    }
}



extern "C" __global__ void create_ee_goal_observations_kernel__locals__ee_goal_observations_d45fd0cf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::vec_t<3, wp::float32> var_tcp_offset,
    wp::array_t<wp::int32> var_env_active,
    wp::array_t<wp::int32> var_env_root_body,
    wp::array_t<wp::int32> var_env_ee_body,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::int32> var_env_object_body,
    wp::array_t<wp::vec_t<6, wp::float32>> var_obs)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::transform_t<wp::float32>* var_8;
        wp::transform_t<wp::float32> var_9;
        wp::transform_t<wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const bool var_12 = false;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::transform_t<wp::float32>* var_15;
        wp::transform_t<wp::float32> var_16;
        wp::transform_t<wp::float32> var_17;
        const bool var_18 = false;
        wp::transform_t<wp::float32> var_19;
        wp::transform_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32* var_22;
        wp::int32 var_23;
        wp::transform_t<wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::transform_t<wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::int32 var_29 = 0;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::float32 var_34;
        const wp::int32 var_35 = 0;
        wp::float32 var_36;
        const wp::int32 var_37 = 1;
        wp::float32 var_38;
        const wp::int32 var_39 = 2;
        wp::float32 var_40;
        wp::vec_t<6, wp::float32> var_41;
        const bool var_42 = false;
        //---------
        // forward
        // def ee_goal_observations(                                                              <L 61>
        // env = wp.tid()                                                                         <L 70>
        var_0 = builtin_tid1d();
        // if env_active[env] == 0:                                                               <L 71>
        var_1 = wp::address(var_env_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 73>
            continue;
        }
        // ee = env_ee_body[env]                                                                  <L 74>
        var_5 = wp::address(var_env_ee_body, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // X_we = body_q[ee]                                                                      <L 75>
        var_8 = wp::address(var_body_q, var_6);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // p_ee = wp.transform_point(X_we, tcp_offset)                                            <L 76>
        var_11 = wp::transform_point(var_9, var_tcp_offset);
        // if wp.static(frame == "world"):                                                        <L 79>
        // X_wb = body_q[env_root_body[env]]                                                      <L 82>
        var_13 = wp::address(var_env_root_body, var_0);
        var_14 = wp::load(var_13);
        var_15 = wp::address(var_body_q, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if wp.static(frame == "heading"):                                                      <L 83>
        // X_ref = X_wb                                                                           <L 86>
        var_19 = wp::copy(var_16);
        // X_inv = wp.transform_inverse(X_ref)                                                    <L 87>
        var_20 = wp::transform_inverse(var_19);
        // ee_local = wp.transform_point(X_inv, p_ee)                                             <L 88>
        var_21 = wp::transform_point(var_20, var_11);
        // to_goal = wp.transform_vector(X_inv, wp.transform_get_translation(body_q[env_object_body[env]]) - p_ee)       <L 90>
        var_22 = wp::address(var_env_object_body, var_0);
        var_23 = wp::load(var_22);
        var_24 = wp::address(var_body_q, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::transform_get_translation(var_26);
        var_27 = wp::sub(var_25, var_11);
        var_28 = wp::transform_vector(var_20, var_27);
        // o = obs_vec(                                                                           <L 91>
        // ee_local[0], ee_local[1], ee_local[2],                                                 <L 92>
        var_30 = wp::extract(var_21, var_29);
        var_32 = wp::extract(var_21, var_31);
        var_34 = wp::extract(var_21, var_33);
        // to_goal[0], to_goal[1], to_goal[2],                                                    <L 93>
        var_36 = wp::extract(var_28, var_35);
        var_38 = wp::extract(var_28, var_37);
        var_40 = wp::extract(var_28, var_39);
        var_41 = wp::vec_t<6, wp::float32>({var_30, var_32, var_34, var_36, var_38, var_40});
        // if wp.static(clip > 0.0):                                                              <L 95>
        // obs[env] = o                                                                           <L 97>
        wp::array_store(var_obs, var_0, var_41);
    }
}

