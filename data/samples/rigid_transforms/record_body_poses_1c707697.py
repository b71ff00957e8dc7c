import warp as wp


@wp.func
def angular_velocity(q: wp.quat, q_prev: wp.quat, dt: float) -> wp.vec3:
    dq = q * wp.quat_inverse(q_prev)
    # small-angle rate from the vector part, along the shorter arc
    w = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 / dt)
    if dq[3] < 0.0:
        w = -w
    return w


@wp.kernel
def record_body_poses(
    body_q: wp.array(dtype=wp.transform),
    body_q_history: wp.array(dtype=wp.transform),
    body_qd_out: wp.array(dtype=wp.spatial_vector),
    body_count: wp.int32,
    history_len: wp.int32,
    step: wp.int32,
    delta_time: float,
):
    tid = wp.tid()
    if tid >= body_count:
        return
    slot = step % history_len
    prev = (slot + history_len - 1) % history_len
    X_prev = body_q_history[prev * body_count + tid]
    X_wb = body_q[tid]
    body_q_history[slot * body_count + tid] = X_wb
    x = wp.transform_get_translation(X_wb)
    x_prev = wp.transform_get_translation(X_prev)
    w = angular_velocity(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_prev), delta_time)
    body_qd_out[tid] = wp.spatial_vector(w, (x - x_prev) / delta_time)
