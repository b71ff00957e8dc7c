import warp as wp


RANGE_NOISE = wp.constant(0.01)
MIN_RANGE = wp.constant(0.05)
AMBIENT = wp.constant(0.1)
SHADOW_BIAS = wp.constant(1.0e-3)
scan_point = wp.types.vector(length=4, dtype=wp.float32)


class RenderMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    SHADED = wp.constant(2)


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float) -> float:
    # inverse-square falloff, grazing returns weaker
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence / wp.max(t * t, 1.0)


@wp.kernel(enable_backward=False)
def simulate_lidar(
    points: wp.array2d[scan_point],
    mesh: wp.uint64,
    body_q: wp.array[wp.transform],
    sensor_body: wp.array[int],
    ray_dirs_local: wp.array[wp.vec3],
    pattern_start: wp.array[int],
    env_mask: wp.array[int],
    sensor_offset: wp.transform,
    range_max: float,
    seed: int,
    ranges: wp.array2d[float],
    num_points: wp.array[int],
    closest_range: wp.array[float],
):
    """Simulated lidar for every environment: each thread casts one beam of its environment's sensor against the scene mesh."""
    env, beam = wp.tid()
    if env_mask[env] == 0:
        return
    body = sensor_body[env]
    X_ws = wp.transform_multiply(body_q[body], sensor_offset)
    origin = wp.transform_get_translation(X_ws)
    dir_local = ray_dirs_local[pattern_start[env] + beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(mesh, origin, dir_world, range_max)
    if not query.result or query.t < MIN_RANGE:
        ranges[env, beam] = range_max
        return
    num_beams = ranges.shape[1]
    state = wp.rand_init(seed, env * num_beams + beam)
    t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)
    ranges[env, beam] = t
    wp.atomic_min(closest_range, env, t)
    p = dir_local * t
    strength = return_intensity(query.normal, dir_world, t)
    slot = wp.atomic_add(num_points, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)


@wp.func
def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:
    # pinhole camera looking down -z, pixel centres, row 0 at the top
    aspect = float(width) / float(height)
    sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov
    sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov
    return wp.normalize(wp.vec3(sx, sy, -1.0))


@wp.kernel(enable_backward=False)
def render_mesh(
    mesh: wp.uint64,
    face_material: wp.array[int],
    material_colors: wp.array[wp.vec3],
    camera_pose: wp.transform,
    vertical_fov: float,
    image_width: int,
    image_height: int,
    render_mode: int,
    clear_color: wp.vec3,
    ray_length: float,
    depth_image: wp.array2d[float],
    frame_buffer: wp.array2d[wp.vec3],
    face_id_image: wp.array2d[int],
):
    tid = wp.tid()
    pixel = tid % image_width
    row = tid // image_width
    if row >= image_height:
        return
    ro = wp.transform_get_translation(camera_pose)
    rd = wp.transform_vector(camera_pose, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))
    query = wp.mesh_query_ray(mesh, ro, rd, ray_length)
    if not query.result or query.sign < 0.0:
        depth_image[row, pixel] = ray_length
        frame_buffer[row, pixel] = clear_color
        face_id_image[row, pixel] = -1
        return
    forward = wp.transform_vector(camera_pose, wp.vec3(0.0, 0.0, -1.0))
    depth_image[row, pixel] = query.t * wp.dot(rd, forward)
    n = query.normal
    face_id_image[row, pixel] = query.face
    if render_mode == RenderMode.DEPTH:
        frame_buffer[row, pixel] = wp.vec3(1.0 - query.t / ray_length)
    elif render_mode == RenderMode.NORMALS:
        frame_buffer[row, pixel] = n * 0.5 + wp.vec3(0.5)
    else:
        base = material_colors[face_material[query.face]]
        to_light = wp.normalize(wp.vec3(0.6, 0.4, 0.5))
        diffuse = wp.max(wp.dot(n, to_light), 0.0)
        p = ro + rd * query.t
        occluder = wp.mesh_query_ray(mesh, p + n * SHADOW_BIAS, to_light, ray_length)
        if occluder.result:
            diffuse = 0.0
        color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)
        frame_buffer[row, pixel] = color
