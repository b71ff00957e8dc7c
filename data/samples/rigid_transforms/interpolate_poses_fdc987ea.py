import warp as wp


@wp.func
def sphere_sdf(p: wp.vec3, center: wp.vec3, radius: float):
    return wp.length(p - center) - radius


@wp.kernel
def interpolate_poses(
    body_q: wp.array[wp.transform],
    target_q: wp.array[wp.transform],
    points: wp.array[wp.vec3],
    centers: wp.array[wp.vec3],
    smoothing_length: float,
    std_dev: float,
):
    tid = wp.tid()
    X_target = target_q[tid]
    c = centers[tid]
    sdf = sphere_sdf(points[tid], c, smoothing_length)
    w = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * std_dev)))
    X0 = body_q[tid]
    p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_target), w)
    q0 = wp.transform_get_rotation(X0)
    q1 = wp.transform_get_rotation(X_target)
    # q and -q are the same rotation: take the short way round
    if wp.dot(q0, q1) < 0.0:
        q1 = -q1
    body_q[tid] = wp.transform(p, wp.quat_slerp(q0, q1, w))
