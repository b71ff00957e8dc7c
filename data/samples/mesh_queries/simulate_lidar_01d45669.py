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
def simulate_lidar(
    points: wp.array2d[scan_point],
    collider_mesh: wp.uint64,
    sensor_xform: wp.array[wp.transform],
    beam_dirs: wp.array[wp.vec3],
    beam_offset: wp.array[wp.int32],
    range_max: float,
    seed: wp.int32,
    ranges: wp.array2d[float],
    point_count: wp.array[wp.int32],
    min_range: wp.array[float],
):
    env, beam = wp.tid()
    X_ws = sensor_xform[env]
    origin = wp.transform_get_translation(X_ws)
    dir_local = beam_dirs[beam_offset[env] + beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(collider_mesh, origin, dir_world, range_max)
    if not query.result or query.t < MIN_RANGE:
        ranges[env, beam] = 0.0
        return
    num_beams = ranges.shape[1]
    state = wp.rand_init(seed, env * num_beams + beam)
    t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)
    ranges[env, beam] = t
    wp.atomic_min(min_range, env, t)
    p = origin + dir_world * t
    strength = return_intensity(query.normal, dir_world, t, range_max)
    slot = wp.atomic_add(point_count, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)
