import warp as wp


AMBIENT = wp.constant(0.1)
SHADOW_BIAS = wp.constant(1.0e-3)
SHININESS = wp.constant(32.0)
MIN_RANGE = wp.constant(0.05)
scan_point = wp.types.vector(length=4, dtype=wp.float32)


class RenderMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    SHADED = wp.constant(2)


@wp.kernel
def find_intersecting_faces(
    mesh_id: wp.uint64,
    collider_mesh: wp.uint64,
    xform: wp.transform,
    pair_count: wp.array[int],
):
    face = wp.tid()
    if face >= wp.mesh_get(mesh_id).indices.shape[0] // 3:
        return
    a0 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 0))
    a1 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 1))
    a2 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 2))
    v0 = wp.transform_point(xform, a0)
    v1 = wp.transform_point(xform, a1)
    v2 = wp.transform_point(xform, a2)
    query = wp.mesh_query_aabb(collider_mesh, wp.min(wp.min(v0, v1), v2), wp.max(wp.max(v0, v1), v2))
    for f in query:
        u0 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 0))
        u1 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 1))
        u2 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 2))
        if wp.intersect_tri_tri(v0, v1, v2, u0, u1, u2) > 0:
            wp.atomic_add(pair_count, 0, 1)


@wp.func
def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:
    # pinhole camera looking down -z, pixel centres, row 0 at the top
    aspect = float(width) / float(height)
    sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov
    sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov
    return wp.normalize(wp.vec3(sx, sy, -1.0))


@wp.kernel(enable_backward=False)
def render_mesh(
    mesh_id: wp.uint64,
    tri_material: wp.array[int],
    material_colors: wp.array[wp.vec3],
    cam_xform: wp.transform,
    fov_y: float,
    img_width: int,
    img_height: int,
    render_mode: int,
    ray_length: float,
    depth_buffer: wp.array[float],
    rgb_image: wp.array[wp.vec3],
    face_id_image: wp.array[int],
):
    """Camera render of a triangle mesh: depth, normals or a shaded image, selected by the render mode at launch."""
    tid = wp.tid()
    pixel = tid % img_width
    row = tid // img_width
    if row >= img_height:
        return
    ro = wp.transform_get_translation(cam_xform)
    rd = wp.transform_vector(cam_xform, camera_ray(pixel, row, img_width, img_height, wp.tan(0.5 * fov_y)))
    query = wp.mesh_query_ray(mesh_id, ro, rd, ray_length)
    # back faces are culled, as the rasteriser does
    if not query.result or query.sign < 0.0:
        depth_buffer[tid] = ray_length
        rgb_image[tid] = wp.vec3(0.4, 0.45, 0.5)
        face_id_image[tid] = -1
        return
    depth_buffer[tid] = query.t
    n = query.normal
    mat = tri_material[query.face]
    face_id_image[tid] = mat
    if render_mode == RenderMode.DEPTH:
        rgb_image[tid] = wp.vec3(1.0 - query.t / ray_length)
    elif render_mode == RenderMode.NORMALS:
        rgb_image[tid] = n * 0.5 + wp.vec3(0.5)
    else:
        base = material_colors[mat]
        to_light = wp.normalize(wp.vec3(0.6, 0.4, 0.5))
        diffuse = wp.max(wp.dot(n, to_light), 0.0)
        # shadow ray from just above the surface
        p = ro + rd * query.t
        occluder = wp.mesh_query_ray(mesh_id, p + n * SHADOW_BIAS, to_light, ray_length)
        if occluder.result:
            diffuse = 0.0
        color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)
        if diffuse > 0.0:
            half_dir = wp.normalize(to_light - rd)
            color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))
        rgb_image[tid] = color


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:
    # Lambertian return, fading towards the end of the range
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence * (1.0 - t / max_range)


@wp.kernel(enable_backward=False)
def sense_range_beams(
    points: wp.array2d[scan_point],
    mesh_id: wp.uint64,
    body_q: wp.array[wp.transform],
    sensor_body: wp.array[int],
    ray_dirs_local: wp.array[wp.vec3],
    tri_material: wp.array[int],
    lidar_ranges: wp.array2d[float],
    point_count: wp.array[int],
    closest_range: wp.array[float],
    instance_image: wp.array2d[int],
    sensor_offset: wp.transform,
    range_max: float,
):
    env, beam = wp.tid()
    body = sensor_body[env]
    X_ws = wp.transform_multiply(body_q[body], sensor_offset)
    origin = wp.transform_get_translation(X_ws)
    dir_local = ray_dirs_local[beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(mesh_id, origin, dir_world, range_max)
    if not query.result or query.t < MIN_RANGE:
        lidar_ranges[env, beam] = 0.0
        instance_image[env, beam] = -1
        return
    t = query.t
    lidar_ranges[env, beam] = t
    wp.atomic_min(closest_range, env, t)
    instance_image[env, beam] = tri_material[query.face]
    p = dir_local * t
    strength = return_intensity(query.normal, dir_world, t, range_max)
    slot = wp.atomic_add(point_count, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)


@wp.kernel
def raycast(
    mesh_id: wp.uint64,
    active: wp.array[int],
    ray_directions: wp.array[wp.vec3],
    ray_origin: wp.vec3,
    ray_length: float,
    dist_out: wp.array[float],
    normals: wp.array[wp.vec3],
):
    tid = wp.tid()
    flag = active[tid]
    if flag != 1:
        return
    color = wp.vec3(0.0, 0.0, 0.0)
    depth = ray_length
    query = wp.mesh_query_ray(mesh_id, ray_origin, ray_directions[tid], ray_length)
    if query.result:
        depth = query.t
        color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)
        # back faces show the face normal from the other side
        if query.sign < 0.0:
            color = -wp.mesh_eval_face_normal(mesh_id, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)
    dist_out[tid] = depth
    normals[tid] = color
