import warp as wp


@wp.kernel
def apply_wrenches(
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
    march = float(0.0)
    for step in range(wp.min(wp.abs(tid), 8)):
        masked_sum = float(0.0)
        for m_2 in range(wp.min(wp.abs(step), 16)):
            orient_next = wp.normalize(wp.transform_get_rotation(X) * wp.quat_identity())
            if (float(m_2) + wp.length(orient_next)) < 0.0:
                continue
            masked_sum += (float(m_2) + wp.length(orient_next))
        march += wp.abs(masked_sum)
        if march > dt:
            break
    lo = float(march)
    hi = float(dt)
    if lo > hi:
        lo = dt
        hi = march
    range_width = hi - lo
    separation = wp.length(com - wp.vec3(3.0, 0.75, 3.0))
    qd_next = qd + (wp.spatial_vector(wp.vec3(range_width), wp.vec3(0.0)) + wp.spatial_vector(wp.vec3(separation), wp.vec3(0.0))) * dt
    w = wp.spatial_top(qd_next)
    v = wp.spatial_bottom(qd_next)
    p = wp.transform_get_translation(X) + v * dt
    q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)
    body_q_new[tid] = wp.transform(p, q)
    body_qd_new[tid] = qd_next
