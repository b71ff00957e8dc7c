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
def raymarch_image(
    cam_pos: wp.vec3,
    camera_rotation: wp.quat,
    background: wp.vec3,
    material_color: wp.vec3,
    shininess: float,
    fog: float,
    dst: wp.array2d(dtype=wp.vec3),
):
    i, j = wp.tid()
    width = dst.shape[0]
    height = dst.shape[1]
    sx = (2.0 * float(i) - float(width)) / float(height)
    sy = (2.0 * float(j) - float(height)) / float(height)
    rd = wp.quat_rotate(camera_rotation, wp.normalize(wp.vec3(sx, sy, -2.0)))
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
        half_dir = wp.normalize(wp.normalize(wp.vec3(0.6, 0.4, 0.5)) - rd)
        ndotl = wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0)
        specular = wp.pow(wp.clamp(wp.dot(n, half_dir), 0.0, 1.0), shininess)
        shaded = material_color * ndotl + wp.vec3(specular)
        shade = wp.lerp(wp.vec3(0.4, 0.45, 0.5), shaded, wp.exp(-fog * t))
        dst[i, j] = shade
    else:
        dst[i, j] = background
