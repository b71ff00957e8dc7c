import warp as wp


OBS_DIM = 9
obs_vec = wp.types.vector(length=OBS_DIM, dtype=wp.float32)


@wp.kernel(enable_backward=False)
def keypoint_goal_deltas(
    env_mask: wp.array[wp.int32],
    tracked_bodies: wp.array[wp.int32],
    world_body_start: wp.array[wp.int32],
    body_q: wp.array[wp.transform],
    target_keypoints: wp.array2d[wp.vec3],
    goal_delta: wp.array2d[wp.vec3],
):
    """Goal observations of every environment's tracked keypoints: each keypoint's body is named by an index list (-1 slots unused), its offset from the goal written per environment and keypoint."""
    env, k = wp.tid()
    if env_mask[env] == 0:
        return
    body = tracked_bodies[k]
    if body < 0:
        return
    body_start = world_body_start[env]
    X_wb = body_q[body_start + body]
    p = wp.transform_get_translation(X_wb)
    delta = target_keypoints[env, k] - p
    root_rot = wp.transform_get_rotation(body_q[body_start])
    goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)


@wp.func
def yaw_only(q: wp.quat) -> wp.quat:
    # the base's heading about +z, without its roll and pitch
    fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    return wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.atan2(fwd[1], fwd[0]))


def create_ee_goal_observations_kernel(frame: str, clip: float):
    @wp.kernel(enable_backward=False)
    def ee_goal_observations(
        obs_scale_lin_vel: float,
        env_root_body: wp.array[wp.int32],
        env_ee_body: wp.array[wp.int32],
        poses: wp.array[wp.transform],
        body_qd: wp.array[wp.spatial_vector],
        env_object_body: wp.array[wp.int32],
        obs: wp.array[obs_vec],
    ):
        env = wp.tid()
        ee = env_ee_body[env]
        ee_pose = poses[ee]
        tool_pos = wp.transform_get_translation(ee_pose)

        # the observation frame: the world, the robot base, or the base's heading
        if wp.static(frame == "world"):
            frame_pose = wp.transform_identity()
        else:
            X_wb = poses[env_root_body[env]]
            if wp.static(frame == "heading"):
                frame_pose = wp.transform(wp.transform_get_translation(X_wb), yaw_only(wp.transform_get_rotation(X_wb)))
            else:
                frame_pose = X_wb
        X_inv = wp.transform_inverse(frame_pose)
        ee_local = wp.transform_point(X_inv, tool_pos)
        # the goal is the object body this environment should reach
        to_goal = wp.transform_vector(X_inv, wp.transform_get_translation(poses[env_object_body[env]]) - tool_pos)
        v_ee = wp.transform_vector(X_inv, wp.spatial_bottom(body_qd[ee]))
        o = obs_vec(
            ee_local[0], ee_local[1], ee_local[2],
            to_goal[0], to_goal[1], to_goal[2],
            v_ee[0] * obs_scale_lin_vel, v_ee[1] * obs_scale_lin_vel, v_ee[2] * obs_scale_lin_vel,
        )
        if wp.static(clip > 0.0):
            o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))
        obs[env] = o
    return ee_goal_observations


ee_goal_observations_heading = create_ee_goal_observations_kernel("heading", 0.0)
