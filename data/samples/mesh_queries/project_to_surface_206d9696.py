import warp as wp


@wp.kernel
def project_to_surface(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):
    tid = wp.tid()
    p = points[tid]
    push_out = wp.vec3(0.0)
    sq = wp.mesh_query_point(mesh, p, 10.0)
    if sq.result:
        closest = wp.mesh_eval_position(mesh, sq.face, sq.u, sq.v)
        push_out = wp.normalize(p - closest) * sq.sign
    step = wp.uint16(wp.clamp(wp.where(wp.isfinite(margin), margin, 0.0), 0.0, 100.0))
    relaxed = float(wp.sign(margin))
    iters = int(0)
    while iters < 4:
        if margin > float(0.1):
            proximity = float(0.0)
            query = wp.mesh_query_point_no_sign(mesh, p, wp.abs(margin) + 1.0)
            if query.result:
                hit_p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)
                proximity = wp.length(hit_p - p)
            chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), proximity)
        else:
            chosen = wp.quat_from_axis_angle(wp.normalize(push_out), margin)
        relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters) + wp.length(chosen))
        iters += 1
    result[tid] = float(step) + relaxed
