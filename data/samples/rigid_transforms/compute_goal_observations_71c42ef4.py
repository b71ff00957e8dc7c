import warp as wp


OBS_DIM = 9
obs_vec = wp.types.vector(length=OBS_DIM, dtype=wp.float32)


@wp.func
def yaw_only(q: wp.quat) -> wp.quat:
    # the base's heading about +z, without its roll and pitch
    fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    return wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.atan2(fwd[1], fwd[0]))


def create_compute_goal_observations_kernel(frame: str, clip: float):
    @wp.kernel(enable_backward=False)
    def compute_goal_observations(
        tcp_offset: wp.vec3,
        env_active: wp.array(dtype=wp.int32),
        env_root_body: wp.array(dtype=wp.int32),
        env_ee_body: wp.array(dtype=wp.int32),
        body_q: wp.array(dtype=wp.transform),
        env_goal_pos: wp.array(dtype=wp.vec3),
        env_goal_rot: wp.array(dtype=wp.quat),
        obs_history: wp.array2d(dtype=obs_vec),
    ):
        """Per-environment policy observation for a reaching task, packed into one vector; the frame and the clip value are fixed when the kernel is built."""
        env = wp.tid()
        if env_active[env] == 0:
            return
        ee = env_ee_body[env]
        X_we = body_q[ee]
        p_ee = wp.transform_point(X_we, tcp_offset)
        if wp.static(frame == "world"):
            X_ref = wp.transform_identity()
        else:
            X_wb = body_q[env_root_body[env]]
            if wp.static(frame == "heading"):
                X_ref = wp.transform(wp.transform_get_translation(X_wb), yaw_only(wp.transform_get_rotation(X_wb)))
            else:
                X_ref = X_wb
        X_inv = wp.transform_inverse(X_ref)
        ee_local = wp.transform_point(X_inv, p_ee)
        to_goal = wp.transform_vector(X_inv, env_goal_pos[env] - p_ee)
        q_ee = wp.quat_inverse(wp.transform_get_rotation(X_ref)) * wp.transform_get_rotation(X_we)
        dq = wp.quat_inverse(q_ee) * (wp.quat_inverse(wp.transform_get_rotation(X_ref)) * env_goal_rot[env])
        rot_err = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 * wp.sign(dq[3]))
        o = obs_vec(
            ee_local[0], ee_local[1], ee_local[2],
            to_goal[0], to_goal[1], to_goal[2],
            rot_err[0], rot_err[1], rot_err[2],
        )
        if wp.static(clip > 0.0):
            o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))
        for h in range(obs_history.shape[1] - 1, 0, -1):
            obs_history[env, h] = obs_history[env, h - 1]
        obs_history[env, 0] = o
    return compute_goal_observations


compute_goal_observations_world = create_compute_goal_observations_kernel("world", 0.0)


@wp.kernel(enable_backward=False)
def keypoint_goal_deltas(
    tracked_bodies: wp.array(dtype=wp.int32),
    body_q: wp.array2d(dtype=wp.transform),
    keypoint_local: wp.array(dtype=wp.vec3),
    goal_pos: wp.array2d(dtype=wp.vec3),
    goal_delta: wp.array2d(dtype=wp.vec3),
    goal_distance: wp.array2d(dtype=float),
    keypoints_reached: wp.array(dtype=wp.int32),
    goal_tolerance: float,
):
    env, k = wp.tid()
    body = tracked_bodies[k]
    if body < 0:
        return
    X_wb = body_q[env, body]
    p = wp.transform_point(X_wb, keypoint_local[k])
    delta = goal_pos[env, k] - p
    root_rot = wp.transform_get_rotation(body_q[env, 0])
    goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)
    dist = wp.length(delta)
    goal_distance[env, k] = dist
    if dist < goal_tolerance:
        wp.atomic_add(keypoints_reached, env, 1)
