import warp as wp


MAX_STEPS = wp.constant(64)


@wp.func
def scene_sdf(p: wp.vec3):
    q = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)
    outside = wp.vec3(wp.max(q[0], 0.0), wp.max(q[1], 0.0), wp.max(q[2], 0.0))
    return wp.length(outside) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0) - 0.1


@wp.func
def estimate_normal(p: wp.vec3):
    eps = 1.0e-3
    # central differences of the distance field
    dx = scene_sdf(p + wp.vec3(eps, 0.0, 0.0)) - scene_sdf(p - wp.vec3(eps, 0.0, 0.0))
    dy = scene_sdf(p + wp.vec3(0.0, eps, 0.0)) - scene_sdf(p - wp.vec3(0.0, eps, 0.0))
    dz = scene_sdf(p + wp.vec3(0.0, 0.0, eps)) - scene_sdf(p - wp.vec3(0.0, 0.0, eps))
    return wp.normalize(wp.vec3(dx, dy, dz))


@wp.kernel
def render_scene(
    eye: wp.vec3,
    look_at: wp.vec3,
    fov_y: float,
    albedo: wp.vec3,
    sun_dir: wp.vec3,
    fog_density: float,
    dst: wp.array2d[wp.vec3],
):
    """Sphere-trace the SDF scene through each pixel and shade the hit point."""
    i, j = wp.tid()
    width = dst.shape[0]
    height = dst.shape[1]
    sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    fwd = wp.normalize(look_at - eye)
    side = wp.normalize(wp.cross(fwd, wp.vec3(0.0, 1.0, 0.0)))
    up_axis = wp.cross(side, fwd)
    rd = wp.normalize(fwd + (side * sx + up_axis * sy) * wp.tan(0.5 * fov_y))
    t = float(0.0)
    d = float(1.0)
    for _step in range(MAX_STEPS):
        d = scene_sdf(eye + rd * t)
        if d < 1.0e-3 or t > 100.0:
            break
        t += d
    if d < 1.0e-3:
        p = eye + rd * t
        n = estimate_normal(p)
        fogged = wp.lerp(wp.vec3(0.4, 0.45, 0.5), albedo * wp.max(wp.dot(n, sun_dir), 0.0), wp.exp(-fog_density * t))
        dst[i, j] = fogged
    else:
        dst[i, j] = wp.vec3(0.4, 0.45, 0.5)
