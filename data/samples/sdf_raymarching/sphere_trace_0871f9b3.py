import warp as wp


@wp.func
def pinhole_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, rot: wp.quat):
    sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    return wp.normalize(wp.quat_rotate(rot, wp.vec3(sx, sy, -2.0)))


@wp.func
def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):
    cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)
    fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)
    return wp.lerp(albedo * cos_theta, sky, fresnel)


MAX_STEPS = wp.constant(64)


@wp.func
def scene_sdf(p: wp.vec3):
    # torus of radii 1.0 and 0.3 in the xz plane
    q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - 1.0, p[1])
    return wp.length(q) - 0.3


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
    camera_position: wp.vec3,
    camera_rotation: wp.quat,
    background: wp.vec3,
    fog_density: float,
    pixels_out: wp.array2d[wp.vec3],
):
    i, j = wp.tid()
    width = pixels_out.shape[0]
    height = pixels_out.shape[1]
    ray_dir = pinhole_ray(i, j, width, height, camera_rotation)
    travelled = float(0.0)
    hit = bool(False)
    for _step in range(MAX_STEPS):
        step = scene_sdf(camera_position + ray_dir * travelled)
        hit = step < 1.0e-3
        if hit or travelled > 20.0:
            break
        travelled += step
    if hit:
        t = travelled
        p = camera_position + ray_dir * t
        n = estimate_normal(p)
        lit = fresnel_rim(wp.vec3(0.85, 0.9, 0.95), n, ray_dir, background)
        color = wp.lerp(background, lit, wp.exp(-fog_density * t))
        pixels_out[i, j] = color
    else:
        pixels_out[i, j] = background
