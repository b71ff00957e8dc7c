import warp as wp


MAX_DIST = wp.constant(20.0)
HIT_EPS = wp.constant(1.0e-3)
BLEND_RADIUS = wp.constant(0.1)


class ShadingMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    LIT = wp.constant(2)


@wp.func
def scene_distance(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> float:
    d = MAX_DIST
    for k in range(num_spheres):
        dk = wp.length(p - centers[k]) - radii[k]
        # polynomial smooth minimum: the spheres melt into each other
        h = wp.clamp(0.5 + 0.5 * (dk - d) / BLEND_RADIUS, 0.0, 1.0)
        d = wp.lerp(dk, d, h) - BLEND_RADIUS * h * (1.0 - h)
    return d


@wp.func
def scene_normal(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> wp.vec3:
    # central differences of the distance field
    e = 1.0e-3
    dx = scene_distance(p + wp.vec3(e, 0.0, 0.0), centers, radii, num_spheres) - scene_distance(p - wp.vec3(e, 0.0, 0.0), centers, radii, num_spheres)
    dy = scene_distance(p + wp.vec3(0.0, e, 0.0), centers, radii, num_spheres) - scene_distance(p - wp.vec3(0.0, e, 0.0), centers, radii, num_spheres)
    dz = scene_distance(p + wp.vec3(0.0, 0.0, e), centers, radii, num_spheres) - scene_distance(p - wp.vec3(0.0, 0.0, e), centers, radii, num_spheres)
    return wp.normalize(wp.vec3(dx, dy, dz))


@wp.func
def nearest_sphere(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> wp.int32:
    best = wp.int32(0)
    d_best = MAX_DIST
    for k in range(num_spheres):
        dk = wp.length(p - centers[k]) - radii[k]
        if dk < d_best:
            d_best = dk
            best = k
    return best


def create_render_spheres_kernel(mode: int):
    @wp.kernel(enable_backward=False)
    def render_spheres(
        shape_centers: wp.array(dtype=wp.vec3),
        shape_radius: wp.array(dtype=float),
        shape_material: wp.array(dtype=int),
        material_colors: wp.array(dtype=wp.vec3),
        color_image: wp.array2d(dtype=wp.vec3),
        sphere_count: int,
        camera_transform: wp.transform,
        vertical_fov: float,
        max_steps: int,
        light_dir: wp.vec3,
        background: wp.vec3,
    ):
        i, j = wp.tid()
        height = color_image.shape[0]
        width = color_image.shape[1]
        tan_half = wp.tan(0.5 * vertical_fov)
        aspect = float(width) / float(height)
        sx = (2.0 * (float(j) + 0.5) / float(width) - 1.0) * aspect * tan_half
        sy = (1.0 - 2.0 * (float(i) + 0.5) / float(height)) * tan_half
        ro = wp.transform_get_translation(camera_transform)
        rd = wp.transform_vector(camera_transform, wp.normalize(wp.vec3(sx, sy, -1.0)))
        t = float(0.0)
        hit = bool(False)
        for _ in range(max_steps):
            d = scene_distance(ro + rd * t, shape_centers, shape_radius, sphere_count)
            if d < HIT_EPS:
                hit = True
                break
            t += d
            if t > MAX_DIST:
                break
        if not hit:
            color_image[i, j] = background
            return
        if wp.static(mode == ShadingMode.DEPTH):
            color_image[i, j] = wp.vec3(1.0 - t / MAX_DIST)
            return
        p = ro + rd * t
        n = scene_normal(p, shape_centers, shape_radius, sphere_count)
        if wp.static(mode == ShadingMode.NORMALS):
            color_image[i, j] = n * 0.5 + wp.vec3(0.5)
            return
        k = nearest_sphere(p, shape_centers, shape_radius, sphere_count)
        base = material_colors[shape_material[k]]
        l = light_dir
        diffuse = wp.max(wp.dot(n, l), 0.0)
        color_image[i, j] = base * (0.15 + 0.85 * diffuse)
    return render_spheres


render_spheres_lit = create_render_spheres_kernel(ShadingMode.LIT)


@wp.func
def occluder_sdf(p: wp.vec3):
    # a floating sphere above a ground plane at y = -1
    return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)


@wp.kernel
def soft_shadows(
    hit_positions: wp.array2d(dtype=wp.vec3),
    gbuffer_normal: wp.array2d(dtype=wp.vec3),
    shadow: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    hit = hit_positions[i, j]
    nrm = gbuffer_normal[i, j]
    origin = hit + nrm * 1.0e-2
    t = float(1.0e-2)
    s = float(1.0)
    for _step in range(48):
        d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)
        s = wp.min(s, 16.0 * d / t)
        if s < 1.0e-3 or t > 8.0:
            break
        t += wp.clamp(d, 1.0e-3, 0.5)
    s = wp.clamp(s, 0.0, 1.0)
    shadow[i, j] = s * s * (3.0 - 2.0 * s)
