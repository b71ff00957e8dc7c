import warp as wp


RANGE_NOISE = wp.constant(0.01)
MIN_RANGE = wp.constant(0.05)
AMBIENT = wp.constant(0.1)
SHADOW_BIAS = wp.constant(1.0e-3)
SHININESS = wp.constant(32.0)
scan_point = wp.types.vector(length=4, dtype=wp.float32)


class RenderMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    SHADED = wp.constant(2)


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:
    # Lambertian return, fading towards the end of the range
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence * (1.0 - t / max_range)


@wp.kernel(enable_backward=False)
def simulate_lidar(
    points: wp.array2d[scan_point],
    mesh: wp.uint64,
    body_q: wp.array[wp.transform],
    lidar_body: wp.array[wp.int32],
    ray_dirs_local: wp.array[wp.vec3],
    face_material: wp.array[wp.int32],
    sensor_offset: wp.transform,
    range_max: float,
    seed: wp.int32,
    ranges: wp.array2d[float],
    face_id_image: wp.array2d[wp.int32],
):
    env, beam = wp.tid()
    body = lidar_body[env]
    X_ws = wp.transform_multiply(body_q[body], sensor_offset)
    origin = wp.transform_get_translation(X_ws)
    dir_local = ray_dirs_local[beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(mesh, origin, dir_world, range_max)
    if not query.result or query.t < MIN_RANGE:
        ranges[env, beam] = 0.0
        points[env, beam] = scan_point(0.0, 0.0, 0.0, 0.0)
        face_id_image[env, beam] = -1
        return
    num_beams = ranges.shape[1]
    state = wp.rand_init(seed, env * num_beams + beam)
    t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)
    ranges[env, beam] = t
    face_id_image[env, beam] = face_material[query.face]
    p = origin + dir_world * t
    strength = return_intensity(query.normal, dir_world, t, range_max)
    points[env, beam] = scan_point(p[0], p[1], p[2], strength)


@wp.func
def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:
    # pinhole camera looking down -z, pixel centres, row 0 at the top
    aspect = float(width) / float(height)
    sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov
    sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov
    return wp.normalize(wp.vec3(sx, sy, -1.0))


@wp.kernel(enable_backward=False)
def draw_mesh_pixels(
    mesh: wp.uint64,
    face_material: wp.array[wp.int32],
    palette: wp.array[wp.vec3],
    cam_xform: wp.transform,
    fov: float,
    img_width: wp.int32,
    img_height: wp.int32,
    shading_mode: wp.int32,
    sky_color: wp.vec3,
    ray_length: float,
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
    rd = wp.transform_vector(cam_xform, camera_ray(pixel, row, img_width, img_height, wp.tan(0.5 * fov)))
    query = wp.mesh_query_ray(mesh, ro, rd, ray_length)
    if not query.result or query.sign < 0.0:
        depth_buffer[row, pixel] = ray_length
        rgb_image[row, pixel] = sky_color
        face_id_image[row, pixel] = -1
        return
    depth_buffer[row, pixel] = query.t
    n = query.normal
    mat = face_material[query.face]
    face_id_image[row, pixel] = mat
    if shading_mode == RenderMode.DEPTH:
        rgb_image[row, pixel] = wp.vec3(1.0 - query.t / ray_length)
    elif shading_mode == RenderMode.NORMALS:
        rgb_image[row, pixel] = n * 0.5 + wp.vec3(0.5)
    else:
        base = palette[mat]
        to_light = -rd
        diffuse = wp.max(wp.dot(n, to_light), 0.0)
        p = ro + rd * query.t
        occluder = wp.mesh_query_ray(mesh, p + n * SHADOW_BIAS, to_light, ray_length)
        if occluder.result:
            diffuse = 0.0
        color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)
        if diffuse > 0.0:
            half_dir = wp.normalize(to_light - rd)
            color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))
        rgb_image[row, pixel] = color
