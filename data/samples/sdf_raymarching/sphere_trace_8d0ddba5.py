import warp as wp


MAX_STEPS = wp.constant(64)


@wp.func
def sdf_box(upper: wp.vec3, p: wp.vec3):
    q = wp.vec3(wp.abs(p[0]) - upper[0], wp.abs(p[1]) - upper[1], wp.abs(p[2]) - upper[2])
    e = wp.vec3(wp.max(q[0], 0.0), wp.max(q[1], 0.0), wp.max(q[2], 0.0))
    return wp.length(e) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)


@wp.func
def scene_sdf(p: wp.vec3):
    sphere = wp.length(p - wp.vec3(0.0, 0.75, 0.0)) - 0.75
    # box with the sphere carved out, on a ground plane
    d = wp.max(-sphere, sdf_box(wp.vec3(1.0, 0.5, 0.5), p))
    return wp.min(d, p[1] + 1.0)


@wp.func
def estimate_normal(p: wp.vec3):
    eps = 1.0e-3
    # central differences of the distance field
    dx = scene_sdf(p + wp.vec3(eps, 0.0, 0.0)) - scene_sdf(p - wp.vec3(eps, 0.0, 0.0))
    dy = scene_sdf(p + wp.vec3(0.0, eps, 0.0)) - scene_sdf(p - wp.vec3(0.0, eps, 0.0))
    dz = scene_sdf(p + wp.vec3(0.0, 0.0, eps)) - scene_sdf(p - wp.vec3(0.0, 0.0, eps))
    return wp.normalize(wp.vec3(dx, dy, dz))


@wp.kernel
def sphere_trace(
    result: wp.array2d[wp.vec3],
    cam_pos: wp.vec3,
    view_rot: wp.quat,
    background: wp.vec3,
    albedo: wp.vec3,
    fog_density: float,
):
    i, j = wp.tid()
    width = result.shape[0]
    height = result.shape[1]

    # pinhole camera: pixel to view ray
    sx = (2.0 * float(i) - float(width)) / float(height)
    sy = (2.0 * float(j) - float(height)) / float(height)
    rd = wp.quat_rotate(view_rot, wp.normalize(wp.vec3(sx, sy, -2.0)))
    t = float(0.0)
    d = float(1.0)
    for _step in range(MAX_STEPS):
        d = scene_sdf(cam_pos + rd * t)
        if d < 1.0e-3 or t > 20.0:
            break
        t += d
    if d < 1.0e-3:
        p = cam_pos + rd * t
        n = estimate_normal(p)

        # exponential distance fog
        fogged = wp.lerp(background, albedo * wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0), wp.exp(-fog_density * t))
        result[i, j] = fogged
    else:
        result[i, j] = background
