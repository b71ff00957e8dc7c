import warp as wp


OBS_DIM = 9
obs_vec = wp.types.vector(length=OBS_DIM, dtype=wp.float32)


@wp.func
def rotation_error(q: wp.quat, q_goal: wp.quat) -> float:
    # angle of the rotation still to go; q and -q are the same rotation
    dq = q_goal * wp.quat_inverse(q)
    return 2.0 * wp.asin(wp.min(wp.length(wp.vec3(dq[0], dq[1], dq[2])), 1.0))


@wp.kernel(enable_backward=False)
def keypoint_goal_deltas(
    env_active: wp.array[wp.int32],
    keypoint_body: wp.array[wp.int32],
    body_q: wp.array2d[wp.transform],
    goal_pose: wp.array2d[wp.transform],
    goal_delta: wp.array2d[wp.vec3],
    goal_rot_error: wp.array2d[float],
):
    env, k = wp.tid()
    if env_active[env] == 0:
        return
    body = keypoint_body[k]
    if body < 0:
        return
    X_wb = body_q[env, body]
    p = wp.transform_get_translation(X_wb)
    X_goal = goal_pose[env, k]
    delta = wp.transform_get_translation(X_goal) - p
    goal_rot_error[env, k] = rotation_error(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_goal))
    # seen from the environment's root body, so the policy is invariant to where it stands
    root_rot = wp.transform_get_rotation(body_q[env, 0])
    goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)


@wp.func
def yaw_only(q: wp.quat) -> wp.quat:
    # the base's heading about +z, without its roll and pitch
    fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    return wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.atan2(fwd[1], fwd[0]))


def create_reach_task_observations_kernel(frame: str, clip: float):
    @wp.kernel(enable_backward=False)
    def reach_task_observations(
        env_active: wp.array[wp.int32],
        articulation_root: wp.array[wp.int32],
        hand_body: wp.array[wp.int32],
        poses: wp.array[wp.transform],
        twists: wp.array[wp.spatial_vector],
        target_body: wp.array[wp.int32],
        tcp_offset: wp.vec3,
        obs: wp.array[obs_vec],
    ):
        env = wp.tid()
        if env_active[env] == 0:
            # environments being reset keep last step's observation
            return
        ee = hand_body[env]
        X_we = poses[ee]
        p_ee = wp.transform_point(X_we, tcp_offset)

        # the observation frame: the world, the robot base, or the base's heading
        if wp.static(frame == "world"):
            X_ref = wp.transform_identity()
        else:
            X_wb = poses[articulation_root[env]]
            if wp.static(frame == "heading"):
                X_ref = wp.transform(wp.transform_get_translation(X_wb), yaw_only(wp.transform_get_rotation(X_wb)))
            else:
                X_ref = X_wb
        X_inv = wp.transform_inverse(X_ref)
        ee_local = wp.transform_point(X_inv, p_ee)
        # the goal is the object body this environment should reach
        to_goal = wp.transform_vector(X_inv, wp.transform_get_translation(poses[target_body[env]]) - p_ee)
        # the tool point's velocity, not the body origin's
        v_ee = wp.transform_vector(X_inv, wp.velocity_at_point(twists[ee], p_ee))
        o = obs_vec(
            ee_local[0], ee_local[1], ee_local[2],
            to_goal[0], to_goal[1], to_goal[2],
            v_ee[0], v_ee[1], v_ee[2],
        )
        if wp.static(clip > 0.0):
            o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))
        obs[env] = o
    return reach_task_observations


reach_task_observations_world = create_reach_task_observations_kernel("world", 5.0)


@wp.kernel
def advance_orientation(
    mask: wp.array[wp.int32],
    orientations: wp.array[wp.quat],
    axes: wp.array[wp.vec3],
    gain: float,
    time: float,
    rotations_out: wp.array[wp.quat],
    attitudes: wp.array[wp.vec3],
):
    tid = wp.tid()
    if mask[tid] == 0:
        return
    rot_axis = axes[tid]
    dq = wp.quat_from_axis_angle(rot_axis, gain * time)
    # the axis is given in the body frame: rotate on the right
    q_new = wp.normalize(orientations[tid] * dq)
    rotations_out[tid] = q_new
    attitudes[tid] = wp.quat_to_euler(q_new, 2, 1, 0)
