import warp as wp


scan_point = wp.types.vector(length=4, dtype=wp.float32)

RANGE_NOISE = wp.constant(0.01)
MIN_RANGE = wp.constant(0.05)


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:
    # Lambertian return, fading towards the end of the range
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence * (1.0 - t / max_range)


@wp.kernel(enable_backward=False)
def lidar_scan(
    points: wp.array2d[scan_point],
    collider_mesh: wp.uint64,
    xforms: wp.array[wp.transform],
    sensor_body: wp.array[wp.int32],
    beam_directions: wp.array[wp.vec3],
    world_enabled: wp.array[wp.int32],
    face_shader: wp.array[wp.int32],
    sensor_offset: wp.transform,
    lidar_max_range: float,
    ranges: wp.array2d[float],
    face_id_image: wp.array2d[wp.int32],
):
    env, beam = wp.tid()
    if world_enabled[env] == 0:
        return
    body = sensor_body[env]
    X_ws = wp.transform_multiply(xforms[body], sensor_offset)
    origin = wp.transform_get_translation(X_ws)
    dir_local = beam_directions[beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(collider_mesh, origin, dir_world, lidar_max_range)
    if not query.result or query.t < MIN_RANGE:
        ranges[env, beam] = 0.0
        points[env, beam] = scan_point(0.0, 0.0, 0.0, 0.0)
        face_id_image[env, beam] = -1
        return
    t = query.t
    ranges[env, beam] = t
    face_id_image[env, beam] = face_shader[query.face]
    p = dir_local * t
    strength = return_intensity(query.normal, dir_world, t, lidar_max_range)
    points[env, beam] = scan_point(p[0], p[1], p[2], strength)
