import warp as wp


AMBIENT = wp.constant(0.1)
RANGE_NOISE = wp.constant(0.01)
MIN_RANGE = wp.constant(0.05)
scan_point = wp.types.vector(length=4, dtype=wp.float32)


class RenderMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    SHADED = wp.constant(2)


@wp.kernel
def classify_points(
    collider_mesh: wp.uint64,
    points: wp.array[wp.vec3],
    angles: wp.array[float],
    query_radius: float,
    labels: wp.array[wp.int32],
    distances: wp.array[float],
):
    tid = wp.tid()
    angle = angles[tid]
    x = points[tid]
    c = wp.cos(angle)
    s = wp.sin(angle)
    rp = wp.vec3(c * x[0] + s * x[2], x[1], -s * x[0] + c * x[2])
    q = wp.mesh_query_point_sign_winding_number(collider_mesh, rp, query_radius)
    d = query_radius
    flag = 0
    if q.result:
        cp = wp.mesh_eval_position(collider_mesh, q.face, q.u, q.v)
        d = q.sign * wp.length(rp - cp)
        if q.sign < 0.0:
            flag = 1
    distances[tid] = d
    labels[tid] = flag


@wp.func
def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:
    # pinhole camera looking down -z, pixel centres, row 0 at the top
    aspect = float(width) / float(height)
    sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov
    sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov
    return wp.normalize(wp.vec3(sx, sy, -1.0))


@wp.kernel(enable_backward=False)
def render_camera_image(
    collider_mesh: wp.uint64,
    camera_transform: wp.transform,
    vertical_fov: float,
    image_width: wp.int32,
    image_height: wp.int32,
    render_mode: wp.int32,
    albedo: wp.vec3,
    background: wp.vec3,
    ray_length: float,
    depth_image: wp.array2d[float],
    color_image: wp.array2d[wp.vec3],
    segmentation: wp.array2d[wp.int32],
):
    tid = wp.tid()
    pixel = tid % image_width
    row = tid // image_width
    if row >= image_height:
        return
    ro = wp.transform_get_translation(camera_transform)
    rd = wp.transform_vector(camera_transform, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))
    query = wp.mesh_query_ray(collider_mesh, ro, rd, ray_length)
    # back faces are culled, as the rasteriser does
    if not query.result or query.sign < 0.0:
        depth_image[row, pixel] = ray_length
        color_image[row, pixel] = background
        segmentation[row, pixel] = -1
        return
    depth_image[row, pixel] = query.t
    n = query.normal
    segmentation[row, pixel] = query.face
    if render_mode == RenderMode.DEPTH:
        color_image[row, pixel] = wp.vec3(1.0 - query.t / ray_length)
    elif render_mode == RenderMode.NORMALS:
        color_image[row, pixel] = n * 0.5 + wp.vec3(0.5)
    else:
        base = albedo
        # headlight: the light sits at the camera
        to_light = -rd
        diffuse = wp.max(wp.dot(n, to_light), 0.0)
        color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)
        color_image[row, pixel] = color


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float) -> float:
    # inverse-square falloff, grazing returns weaker
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence / wp.max(t * t, 1.0)


@wp.kernel(enable_backward=False)
def lidar_scan(
    points: wp.array2d[scan_point],
    collider_mesh: wp.uint64,
    poses: wp.array[wp.transform],
    sensor_body: wp.array[wp.int32],
    beam_dirs: wp.array[wp.vec3],
    env_active: wp.array[wp.int32],
    sensor_offset: wp.transform,
    range_max: float,
    seed: wp.int32,
    lidar_ranges: wp.array2d[float],
    num_points: wp.array[wp.int32],
):
    env, beam = wp.tid()
    if env_active[env] == 0:
        return
    body = sensor_body[env]
    X_ws = wp.transform_multiply(poses[body], sensor_offset)
    origin = wp.transform_get_translation(X_ws)
    dir_local = beam_dirs[beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(collider_mesh, origin, dir_world, range_max)
    if not query.result or query.t < MIN_RANGE:
        lidar_ranges[env, beam] = range_max
        return
    num_beams = lidar_ranges.shape[1]
    state = wp.rand_init(seed, env * num_beams + beam)
    t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)
    lidar_ranges[env, beam] = t
    p = origin + dir_world * t
    strength = return_intensity(query.normal, dir_world, t)
    slot = wp.atomic_add(num_points, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)


@wp.kernel
def cast_rays(
    collider_mesh: wp.uint64,
    eye: wp.vec3,
    view_dir: wp.vec3,
    ray_length: float,
    dist_out: wp.array[float],
    normals: wp.array[wp.vec3],
):
    """Cast one ray per thread against the mesh and record the hit distance and shading normal."""
    tid = wp.tid()
    color = wp.vec3(0.0, 0.0, 0.0)
    depth = ray_length
    query = wp.mesh_query_ray(collider_mesh, eye, view_dir, ray_length)
    if query.result:
        depth = query.t
        color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)
        # back faces show the face normal from the other side
        if query.sign < 0.0:
            color = -wp.mesh_eval_face_normal(collider_mesh, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)
    dist_out[tid] = depth
    normals[tid] = color
