import warp as wp


@wp.func
def sphere_distance(p: wp.vec3, center: wp.vec3, radius: float):
    return wp.length(p - center) - radius


@wp.kernel
def interpolate_poses(
    points: wp.array[wp.vec3],
    angles: wp.array[float],
    target_q: wp.array[wp.transform],
    body_q_out: wp.array[wp.transform],
    rotation_axis: wp.vec3,
    sphere_center: wp.vec3,
    radius: float,
    sigma: float,
):
    tid = wp.tid()
    x = points[tid]
    angle = angles[tid]
    X_next = target_q[tid]
    sdf = sphere_distance(x, sphere_center, radius)
    t = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))
    X0 = wp.transform(x, wp.quat_from_axis_angle(rotation_axis, angle))
    p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_next), t)
    q0 = wp.transform_get_rotation(X0)
    q1 = wp.transform_get_rotation(X_next)
    # q and -q are the same rotation: take the short way round
    if wp.dot(q0, q1) < 0.0:
        q1 = -q1
    body_q_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, t))
