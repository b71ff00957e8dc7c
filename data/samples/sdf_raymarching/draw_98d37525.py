import warp as wp


MAX_STEPS = wp.constant(64)


@wp.func
def look_at_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, eye: wp.vec3, target: wp.vec3, fov: float):
    sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    forward = wp.normalize(target - eye)
    right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))
    up = wp.cross(right, forward)
    return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))


@wp.func
def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):
    cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)
    fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)
    return wp.lerp(albedo * cos_theta, sky, fresnel)


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
def draw(
    fog_density: wp.array(dtype=float),
    eye: wp.vec3,
    cam_target: wp.vec3,
    albedo: wp.vec3,
    sky_color: wp.vec3,
    out: wp.array2d(dtype=wp.vec3),
):
    i, j = wp.tid()
    width = out.shape[0]
    height = out.shape[1]
    fog = fog_density[0]
    rd = look_at_ray(i, j, width, height, eye, cam_target, 1.0)
    travelled = float(0.0)
    hit = bool(False)
    for _step in range(MAX_STEPS):
        step = scene_sdf(eye + rd * travelled)
        hit = step < 1.0e-3
        if hit or travelled > 20.0:
            break
        travelled += step
    if hit:
        t = travelled
        p = eye + rd * t
        n = estimate_normal(p)
        lit = fresnel_rim(albedo, n, rd, sky_color)
        fogged = wp.lerp(sky_color, lit, wp.exp(-fog * t))
        out[i, j] = fogged
    else:
        out[i, j] = wp.vec3(0.4, 0.45, 0.5)


@wp.kernel
def progressive_average(
    num_items: wp.int32,
    new_samples: wp.array2d(dtype=wp.vec4),
    accum: wp.array2d(dtype=wp.vec4d),
):
    i, j = wp.tid()
    total = accum[i, j] + wp.vec4d(new_samples[i, j])
    accum[i, j] = total
    # num_frames counts this frame too
    new_samples[i, j] = wp.vec4(total / wp.float64(wp.max(num_items, 1)))
