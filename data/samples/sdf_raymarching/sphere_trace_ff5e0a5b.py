import warp as wp


MAX_STEPS = wp.constant(64)


@wp.func
def scene_sdf(p: wp.vec3):
    d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)
    outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))
    inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)
    return wp.length(outside) + inside - 0.1


@wp.func
def estimate_normal(p: wp.vec3):
    # gradient from four samples at the corners of a tetrahedron: two fewer than central differences
    h = 1.0e-3
    a = wp.vec3(1.0, -1.0, -1.0)
    b = wp.vec3(-1.0, -1.0, 1.0)
    c = wp.vec3(-1.0, 1.0, -1.0)
    e = wp.vec3(1.0, 1.0, 1.0)
    g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)
    return wp.normalize(g)


@wp.kernel
def sphere_trace(
    eye: wp.vec3,
    cam_rot: wp.quat,
    max_dist: float,
    sky_color: wp.vec3,
    shininess: float,
    fog: float,
    dst: wp.array2d(dtype=wp.vec3),
):
    i, j = wp.tid()
    width = dst.shape[0]
    height = dst.shape[1]
    sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    rd = wp.normalize(wp.quat_rotate(cam_rot, wp.vec3(sx, sy, -2.0)))
    travelled = float(0.0)
    hit = bool(False)
    for _step in range(MAX_STEPS):
        step = scene_sdf(eye + rd * travelled)
        hit = step < 1.0e-3
        if hit or travelled > max_dist:
            break
        travelled += step
    if hit:
        t = travelled
        p = eye + rd * t
        n = estimate_normal(p)
        h_vec = wp.normalize(wp.normalize(wp.vec3(0.6, 0.4, 0.5)) - rd)
        ndotl = wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0)
        specular = wp.pow(wp.clamp(wp.dot(n, h_vec), 0.0, 1.0), shininess)
        shaded = wp.vec3(0.85, 0.9, 0.95) * ndotl + wp.vec3(specular)
        fogged = wp.lerp(sky_color, shaded, wp.exp(-fog * t))
        dst[i, j] = fogged
    else:
        dst[i, j] = sky_color
