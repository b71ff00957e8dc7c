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
    cam_pos: wp.vec3,
    cam_target: wp.vec3,
    max_dist: float,
    clear_color: wp.vec3,
    albedo: wp.vec3,
    light_dir: wp.vec3,
    fog: float,
    pixels_out: wp.array2d(dtype=wp.vec3),
):
    i, j = wp.tid()
    width = pixels_out.shape[0]
    height = pixels_out.shape[1]
    sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    forward = wp.normalize(cam_target - cam_pos)
    right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))
    up = wp.cross(right, forward)
    rd = wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * 1.0))
    t = float(0.0)
    d = float(1.0)
    for _step in range(MAX_STEPS):
        d = scene_sdf(cam_pos + rd * t)
        if d < 1.0e-3 or t > max_dist:
            break
        t += d
    if d < 1.0e-3:
        p = cam_pos + rd * t
        n = estimate_normal(p)

        # exponential distance fog
        color = wp.lerp(clear_color, albedo * wp.max(wp.dot(n, light_dir), 0.0), wp.exp(-fog * t))
        pixels_out[i, j] = color
    else:
        pixels_out[i, j] = clear_color
