// Warp 1.19.0 cuda code for compute_goal_observations_71c42ef4.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void keypoint_goal_deltas_19f0efa8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_tracked_bodies,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_keypoint_local,
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_delta,
    wp::array_t<wp::float32> var_goal_distance,
    wp::array_t<wp::int32> var_keypoints_reached,
    wp::float32 var_goal_tolerance)
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
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        wp::transform_t<wp::float32>* var_17;
        wp::quat_t<wp::float32> var_18;
        wp::transform_t<wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        bool var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        //---------
        // forward
        // def keypoint_goal_deltas(                                                              <L 65>
        // env, k = wp.tid()                                                                      <L 75>
        builtin_tid2d(var_0, var_1);
        // body = tracked_bodies[k]                                                               <L 76>
        var_2 = wp::address(var_tracked_bodies, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if body < 0:                                                                           <L 77>
        var_6 = (var_3 < var_5);
        if (var_6) {
            // return                                                                             <L 78>
            continue;
        }
        // X_wb = body_q[env, body]                                                               <L 79>
        var_7 = wp::address(var_body_q, var_0, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p = wp.transform_point(X_wb, keypoint_local[k])                                        <L 80>
        var_10 = wp::address(var_keypoint_local, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::transform_point(var_8, var_12);
        // delta = goal_pos[env, k] - p                                                           <L 81>
        var_13 = wp::address(var_goal_pos, var_0, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_11);
        // root_rot = wp.transform_get_rotation(body_q[env, 0])                                   <L 82>
        var_17 = wp::address(var_body_q, var_0, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::transform_get_rotation(var_19);
        // goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)                               <L 83>
        var_20 = wp::quat_rotate_inv(var_18, var_14);
        wp::array_store(var_goal_delta, var_0, var_1, var_20);
        // dist = wp.length(delta)                                                                <L 84>
        var_21 = wp::length(var_14);
        // goal_distance[env, k] = dist                                                           <L 85>
        wp::array_store(var_goal_distance, var_0, var_1, var_21);
        // if dist < goal_tolerance:                                                              <L 86>
        var_22 = (var_21 < var_goal_tolerance);
        if (var_22) {
            // wp.atomic_add(keypoints_reached, env, 1)                                           <L 87>
            var_24 = wp::atomic_add(var_keypoints_reached, var_0, var_23);
        }
    }
}



extern "C" __global__ void create_compute_goal_observations_kernel__locals__compute_goal_observations_e32557a3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::vec_t<3, wp::float32> var_tcp_offset,
    wp::array_t<wp::int32> var_env_active,
    wp::array_t<wp::int32> var_env_root_body,
    wp::array_t<wp::int32> var_env_ee_body,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_goal_pos,
    wp::array_t<wp::quat_t<wp::float32>> var_env_goal_rot,
    wp::array_t<wp::vec_t<9, wp::float32>> var_obs_history)
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
        const bool var_12 = true;
        wp::transform_t<wp::float32> var_13;
        wp::transform_t<wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::quat_t<wp::float32> var_20;
        wp::quat_t<wp::float32> var_21;
        wp::quat_t<wp::float32> var_22;
        wp::quat_t<wp::float32> var_23;
        wp::quat_t<wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        wp::quat_t<wp::float32> var_26;
        wp::quat_t<wp::float32>* var_27;
        wp::quat_t<wp::float32> var_28;
        wp::quat_t<wp::float32> var_29;
        wp::quat_t<wp::float32> var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        const wp::int32 var_33 = 1;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        const wp::float32 var_38 = 2.0;
        const wp::int32 var_39 = 3;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::int32 var_44 = 0;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        wp::float32 var_47;
        const wp::int32 var_48 = 2;
        wp::float32 var_49;
        const wp::int32 var_50 = 0;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        const wp::int32 var_54 = 2;
        wp::float32 var_55;
        const wp::int32 var_56 = 0;
        wp::float32 var_57;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::float32 var_61;
        wp::vec_t<9, wp::float32> var_62;
        const bool var_63 = false;
        wp::shape_t* var_64;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        wp::shape_t var_67;
        const wp::int32 var_68 = 1;
        wp::int32 var_69;
        const wp::int32 var_70 = 0;
        const wp::int32 var_71 = -1;
        wp::range_t var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 1;
        wp::int32 var_75;
        wp::vec_t<9, wp::float32>* var_76;
        wp::vec_t<9, wp::float32> var_77;
        wp::vec_t<9, wp::float32> var_78;
        const wp::int32 var_79 = 0;
        //---------
        // forward
        // def compute_goal_observations(                                                         <L 17>
        // env = wp.tid()                                                                         <L 28>
        var_0 = builtin_tid1d();
        // if env_active[env] == 0:                                                               <L 29>
        var_1 = wp::address(var_env_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 30>
            continue;
        }
        // ee = env_ee_body[env]                                                                  <L 31>
        var_5 = wp::address(var_env_ee_body, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // X_we = body_q[ee]                                                                      <L 32>
        var_8 = wp::address(var_body_q, var_6);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // p_ee = wp.transform_point(X_we, tcp_offset)                                            <L 33>
        var_11 = wp::transform_point(var_9, var_tcp_offset);
        // if wp.static(frame == "world"):                                                        <L 34>
        // X_ref = wp.transform_identity()                                                        <L 35>
        var_13 = wp::transform_identity<wp::float32>();
        // X_inv = wp.transform_inverse(X_ref)                                                    <L 42>
        var_14 = wp::transform_inverse(var_13);
        // ee_local = wp.transform_point(X_inv, p_ee)                                             <L 43>
        var_15 = wp::transform_point(var_14, var_11);
        // to_goal = wp.transform_vector(X_inv, env_goal_pos[env] - p_ee)                         <L 44>
        var_16 = wp::address(var_env_goal_pos, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_11);
        var_19 = wp::transform_vector(var_14, var_17);
        // q_ee = wp.quat_inverse(wp.transform_get_rotation(X_ref)) * wp.transform_get_rotation(X_we)       <L 45>
        var_20 = wp::transform_get_rotation(var_13);
        var_21 = wp::quat_inverse(var_20);
        var_22 = wp::transform_get_rotation(var_9);
        var_23 = wp::mul(var_21, var_22);
        // dq = wp.quat_inverse(q_ee) * (wp.quat_inverse(wp.transform_get_rotation(X_ref)) * env_goal_rot[env])       <L 46>
        var_24 = wp::quat_inverse(var_23);
        var_25 = wp::transform_get_rotation(var_13);
        var_26 = wp::quat_inverse(var_25);
        var_27 = wp::address(var_env_goal_rot, var_0);
        var_29 = wp::load(var_27);
        var_28 = wp::mul(var_26, var_29);
        var_30 = wp::mul(var_24, var_28);
        // rot_err = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 * wp.sign(dq[3]))                        <L 47>
        var_32 = wp::extract(var_30, var_31);
        var_34 = wp::extract(var_30, var_33);
        var_36 = wp::extract(var_30, var_35);
        var_37 = wp::vec_t<3, wp::float32>(var_32, var_34, var_36);
        var_40 = wp::extract(var_30, var_39);
        var_41 = wp::sign(var_40);
        var_42 = wp::mul(var_38, var_41);
        var_43 = wp::mul(var_37, var_42);
        // o = obs_vec(                                                                           <L 48>
        // ee_local[0], ee_local[1], ee_local[2],                                                 <L 49>
        var_45 = wp::extract(var_15, var_44);
        var_47 = wp::extract(var_15, var_46);
        var_49 = wp::extract(var_15, var_48);
        // to_goal[0], to_goal[1], to_goal[2],                                                    <L 50>
        var_51 = wp::extract(var_19, var_50);
        var_53 = wp::extract(var_19, var_52);
        var_55 = wp::extract(var_19, var_54);
        // rot_err[0], rot_err[1], rot_err[2],                                                    <L 51>
        var_57 = wp::extract(var_43, var_56);
        var_59 = wp::extract(var_43, var_58);
        var_61 = wp::extract(var_43, var_60);
        var_62 = wp::vec_t<9, wp::float32>({var_45, var_47, var_49, var_51, var_53, var_55, var_57, var_59, var_61});
        // if wp.static(clip > 0.0):                                                              <L 53>
        // for h in range(obs_history.shape[1] - 1, 0, -1):                                       <L 55>
        var_64 = &(var_obs_history.shape);
        var_67 = wp::load(var_64);
        var_66 = wp::extract(var_67, var_65);
        var_69 = wp::sub(var_66, var_68);
        var_72 = wp::range(var_69, var_70, var_71);
        start_for_1:;
            if (iter_cmp(var_72) == 0) goto end_for_1;
            var_73 = wp::iter_next(var_72);
            // obs_history[env, h] = obs_history[env, h - 1]                                      <L 56>
            var_75 = wp::sub(var_73, var_74);
            var_76 = wp::address(var_obs_history, var_0, var_75);
            var_78 = wp::load(var_76);
            var_77 = wp::copy(var_78);
            wp::array_store(var_obs_history, var_0, var_73, var_77);
            goto start_for_1;
        end_for_1:;
        // obs_history[env, 0] = o                                                                <L 57>
        wp::array_store(var_obs_history, var_0, var_79, var_62);
    }
}

