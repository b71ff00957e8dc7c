import warp as wp


@wp.func
def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):
    cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)
    fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)
    return wp.lerp(albedo * cos_theta, sky, fresnel)


@wp.func
def distance_fog(c: wp.vec3, sky: wp.vec3, fog: float, t: float):
    return wp.lerp(sky, c, wp.exp(-fog * t))


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
def raymarch_image(
    camera_position: wp.vec3,
    camera_rotation: wp.quat,
    max_dist: float,
    clear_color: wp.vec3,
    base_color: wp.vec3,
    fog_density: float,
    result: wp.array2d[wp.vec3],
):
    i, j = wp.tid()
    width = result.shape[0]
    height = result.shape[1]
    sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    rd = wp.normalize(wp.quat_rotate(camera_rotation, wp.vec3(sx, sy, -2.0)))
    travelled = float(0.0)
    hit = bool(False)
    for _step in range(MAX_STEPS):
        step = scene_sdf(camera_position + rd * travelled)
        hit = step < 1.0e-3
        if hit or travelled > max_dist:
            break
        travelled += step
    if hit:
        t = travelled
        p = camera_position + rd * t
        n = estimate_normal(p)
        shaded = fresnel_rim(base_color, n, rd, clear_color)
        fogged = distance_fog(shaded, clear_color, fog_density, t)
        result[i, j] = fogged
    else:
        result[i, j] = clear_color
