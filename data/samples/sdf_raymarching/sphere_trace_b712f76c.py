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
def lambert(albedo: wp.vec3, n: wp.vec3, l: wp.vec3):
    return albedo * wp.max(wp.dot(n, l), 0.0)


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
    fog_density: wp.array(dtype=float),
    result: wp.array2d(dtype=wp.vec3),
    camera_position: wp.vec3,
    look_at: wp.vec3,
    background: wp.vec3,
):
    i, j = wp.tid()
    width = result.shape[0]
    height = result.shape[1]
    fog = fog_density[0]
    rd = look_at_ray(i, j, width, height, camera_position, look_at, 1.0)
    travelled = float(0.0)
    hit = bool(False)
    for _step in range(MAX_STEPS):
        step = scene_sdf(camera_position + rd * travelled)
        hit = step < 1.0e-3
        if hit or travelled > 100.0:
            break
        travelled += step
    if hit:
        t = travelled
        p = camera_position + rd * t
        n = estimate_normal(p)
        color = wp.lerp(background, lambert(wp.vec3(0.85, 0.9, 0.95), n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), wp.exp(-fog * t))
        result[i, j] = color
    else:
        result[i, j] = background


@wp.kernel
def accumulate_radiance(
    num_items: wp.int32,
    frame: wp.array2d(dtype=wp.vec4),
    radiance_sum: wp.array2d(dtype=wp.vec4d),
):
    i, j = wp.tid()

    # running mean: blend the new frame in with weight 1/n
    w = wp.float64(1.0) / wp.float64(wp.max(num_items, 1))
    mean = radiance_sum[i, j] + (wp.vec4d(frame[i, j]) - radiance_sum[i, j]) * w
    radiance_sum[i, j] = mean
    frame[i, j] = wp.vec4(mean)
