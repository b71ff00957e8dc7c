import warp as wp


@wp.func
def rotation_error(q: wp.quat, q_goal: wp.quat) -> float:
    # angle of the rotation still to go; q and -q are the same rotation
    dq = q_goal * wp.quat_inverse(q)
    return 2.0 * wp.asin(wp.min(wp.length(wp.vec3(dq[0], dq[1], dq[2])), 1.0))


@wp.kernel(enable_backward=False)
def keypoint_goal_deltas(
    tracked_bodies: wp.array[wp.int32],
    world_body_start: wp.array[wp.int32],
    body_q: wp.array[wp.transform],
    keypoint_offset: wp.array[wp.vec3],
    goal_pose: wp.array2d[wp.transform],
    goal_tolerance: float,
    goal_delta: wp.array2d[wp.vec3],
    goal_rot_error: wp.array2d[float],
    goal_hits: wp.array[wp.int32],
):
    env, k = wp.tid()
    body = tracked_bodies[k]
    if body < 0:
        return
    X_wb = body_q[world_body_start[env] + body]
    p = wp.transform_point(X_wb, keypoint_offset[k])
    X_goal = goal_pose[env, k]
    delta = wp.transform_get_translation(X_goal) - p
    goal_rot_error[env, k] = rotation_error(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_goal))
    goal_delta[env, k] = delta
    dist = wp.length(delta)
    if dist < goal_tolerance:
        wp.atomic_add(goal_hits, env, 1)
