import warp as wp


AMBIENT = wp.constant(0.1)
SHININESS = wp.constant(32.0)
DEPTH_SCALE = wp.constant(1.0e4)
NEAR_PLANE = wp.constant(0.01)


class RenderMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    SHADED = wp.constant(2)


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.func
def exposure(c: wp.vec3, ev: float):
    return c * wp.pow(2.0, ev)


@wp.kernel
def color_grade(src: wp.array2d[wp.vec3], ev: float, out: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    c = src[i, j]
    rgb = exposure(c, ev)
    out[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))


@wp.func
def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:
    # pinhole camera looking down -z, pixel centres, row 0 at the top
    aspect = float(width) / float(height)
    sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov
    sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov
    return wp.normalize(wp.vec3(sx, sy, -1.0))


@wp.kernel(enable_backward=False)
def render_camera_image(
    mesh: wp.uint64,
    face_material: wp.array[wp.int32],
    palette: wp.array[wp.vec3],
    cam_xform: wp.transform,
    fov_y: float,
    img_width: wp.int32,
    img_height: wp.int32,
    shading_mode: wp.int32,
    sun_dir: wp.vec3,
    sky_color: wp.vec3,
    max_t: float,
    depth_buffer: wp.array2d[float],
    rgb_image: wp.array2d[wp.vec3],
    face_id_image: wp.array2d[wp.int32],
):
    tid = wp.tid()
    pixel = tid % img_width
    row = tid // img_width
    if row >= img_height:
        return
    ro = wp.transform_get_translation(cam_xform)
    rd = wp.transform_vector(cam_xform, camera_ray(pixel, row, img_width, img_height, wp.tan(0.5 * fov_y)))
    query = wp.mesh_query_ray(mesh, ro, rd, max_t)
    if not query.result or query.sign < 0.0:
        depth_buffer[row, pixel] = max_t
        rgb_image[row, pixel] = sky_color
        face_id_image[row, pixel] = -1
        return
    forward = wp.transform_vector(cam_xform, wp.vec3(0.0, 0.0, -1.0))
    depth_buffer[row, pixel] = query.t * wp.dot(rd, forward)
    n = query.normal
    mat = face_material[query.face]
    face_id_image[row, pixel] = mat
    if shading_mode == RenderMode.DEPTH:
        rgb_image[row, pixel] = wp.vec3(1.0 - query.t / max_t)
    elif shading_mode == RenderMode.NORMALS:
        rgb_image[row, pixel] = n * 0.5 + wp.vec3(0.5)
    else:
        base = palette[mat]
        to_light = sun_dir
        diffuse = wp.max(wp.dot(n, to_light), 0.0)
        color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)
        if diffuse > 0.0:
            half_dir = wp.normalize(to_light - rd)
            color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))
        rgb_image[row, pixel] = color


@wp.func
def scene_sdf(p: wp.vec3):
    # a floating sphere above a ground plane at y = -1
    return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)


@wp.kernel
def trace_shadows(
    hit_positions: wp.array2d[wp.vec3],
    gbuffer_normal: wp.array2d[wp.vec3],
    sun_dir: wp.vec3,
    shadow: wp.array2d[float],
):
    i, j = wp.tid()
    origin = hit_positions[i, j] + gbuffer_normal[i, j] * 1.0e-2
    t = float(1.0e-2)
    s = float(1.0)
    for _step in range(48):
        d = scene_sdf(origin + sun_dir * t)
        s = wp.min(s, 8.0 * d / t)
        if s < 1.0e-3 or t > 8.0:
            break
        t += wp.clamp(d, 1.0e-3, 0.5)
    s = wp.clamp(s, 0.0, 1.0)
    shadow[i, j] = s * s * (3.0 - 2.0 * s)


@wp.func
def project_to_pixel(p_cam: wp.vec3, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec2:
    # camera space (looking down -z) to continuous pixel coordinates, row 0 at the top
    z = -p_cam[2]
    aspect = float(width) / float(height)
    u = (p_cam[0] / (z * tan_half_fov * aspect) + 1.0) * 0.5 * float(width)
    v = (1.0 - p_cam[1] / (z * tan_half_fov)) * 0.5 * float(height)
    return wp.vec2(u, v)


@wp.kernel(enable_backward=False)
def render_point_depth(
    positions: wp.array[wp.vec3],
    flags: wp.array[wp.int32],
    cam_xform: wp.transform,
    fov_y: float,
    img_width: wp.int32,
    img_height: wp.int32,
    zbuffer: wp.array2d[wp.int32],
    coverage: wp.array2d[wp.int32],
):
    tid = wp.tid()
    if (flags[tid] & ParticleFlags.ACTIVE) == 0:
        return
    p_cam = wp.transform_point(wp.transform_inverse(cam_xform), positions[tid])
    z = -p_cam[2]
    if z <= NEAR_PLANE:
        return
    uv = project_to_pixel(p_cam, img_width, img_height, wp.tan(0.5 * fov_y))
    if uv[0] < 0.0 or uv[1] < 0.0:
        return
    px = int(uv[0])
    py = int(uv[1])
    if px >= img_width or py >= img_height:
        return
    key = wp.int32(DEPTH_SCALE / z)
    wp.atomic_max(zbuffer, py, px, key)
    wp.atomic_add(coverage, py, px, 1)
