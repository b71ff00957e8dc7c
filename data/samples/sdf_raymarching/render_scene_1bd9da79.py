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
    camera_position: wp.vec3,
    look_at: wp.vec3,
    fov_y: float,
    far_plane: float,
    background: wp.vec3,
    base_color: wp.vec3,
    fog_density: float,
    result: wp.array2d[wp.vec3],
):
    i, j = wp.tid()
    width = result.shape[0]
    height = result.shape[1]

    # look-at camera with a vertical field of view
    sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    forward = wp.normalize(look_at - camera_position)
    side = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))
    cam_up = wp.cross(side, forward)
    rd = wp.normalize(forward + (side * sx + cam_up * sy) * wp.tan(0.5 * fov_y))
    t = float(0.0)
    d = float(1.0)
    for _step in range(MAX_STEPS):
        d = scene_sdf(camera_position + rd * t)
        if d < 1.0e-3 or t > far_plane:
            break
        t += d
    if d < 1.0e-3:
        p = camera_position + rd * t
        n = estimate_normal(p)

        # Schlick fresnel brightens grazing angles
        cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)
        fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)
        shaded = wp.lerp(base_color * cos_theta, background, fresnel)
        shade = wp.lerp(background, shaded, wp.exp(-fog_density * t))
        result[i, j] = shade
    else:
        result[i, j] = background
