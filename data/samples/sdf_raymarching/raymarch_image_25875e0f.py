import warp as wp


MAX_STEPS = wp.constant(64)


@wp.func
def scene_sdf(p: wp.vec3):
    # torus of radii 1.0 and 0.3 in the xz plane
    q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - 1.0, p[1])
    return wp.length(q) - 0.3


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
    result: wp.array2d(dtype=wp.vec3),
    cam_pos: wp.vec3,
    cam_target: wp.vec3,
    background: wp.vec3,
    material_color: wp.vec3,
    fog_density: float,
):
    i, j = wp.tid()
    width = result.shape[0]
    height = result.shape[1]

    # look-at camera with a vertical field of view
    sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    fwd = wp.normalize(cam_target - cam_pos)
    right = wp.normalize(wp.cross(fwd, wp.vec3(0.0, 1.0, 0.0)))
    cam_up = wp.cross(right, fwd)
    rd = wp.normalize(fwd + (right * sx + cam_up * sy) * wp.tan(0.5 * 1.0))
    t = float(0.0)
    d = float(1.0)
    for _step in range(MAX_STEPS):
        d = scene_sdf(cam_pos + rd * t)
        if d < 1.0e-3 or t > 100.0:
            break
        t += d
    if d < 1.0e-3:
        p = cam_pos + rd * t
        n = estimate_normal(p)
        cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)
        fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)
        lit = wp.lerp(material_color * cos_theta, background, fresnel)

        # exponential distance fog
        fogged = wp.lerp(background, lit, wp.exp(-fog_density * t))
        result[i, j] = fogged
    else:
        result[i, j] = background
