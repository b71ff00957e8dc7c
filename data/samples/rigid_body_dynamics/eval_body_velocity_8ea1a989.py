import warp as wp


@wp.kernel
def eval_body_velocity(
    body_q: wp.array(dtype=wp.transform),
    body_qd: wp.array(dtype=wp.spatial_vector),
    body_com: wp.array(dtype=wp.vec3),
    dt: float,
    body_q_new: wp.array(dtype=wp.transform),
    body_qd_new: wp.array(dtype=wp.spatial_vector),
):
    tid = wp.tid()
    X = body_q[tid]
    qd = body_qd[tid]
    com = body_com[tid]
    span = com
    composed = wp.vec3(dt, float(0.75), float(3.0))
    n_hat = wp.normalize(com - composed)
    qd_next = qd + (wp.spatial_vector(wp.vec3(wp.length(span)), wp.vec3(0.0)) + wp.spatial_vector(wp.vec3(wp.length(n_hat)), wp.vec3(0.0))) * dt
    w = wp.spatial_top(qd_next)
    v = wp.spatial_bottom(qd_next)
    p = wp.transform_get_translation(X) + v * dt
    q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)
    body_q_new[tid] = wp.transform(p, q)
    body_qd_new[tid] = qd_next
