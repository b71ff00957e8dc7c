import warp as wp


class GeoType:
    SPHERE = wp.constant(0)
    BOX = wp.constant(1)
    CAPSULE = wp.constant(2)
    PLANE = wp.constant(3)


@wp.func
def ray_box(ro: wp.vec3, inv_rd: wp.vec3, lower: wp.vec3, upper: wp.vec3) -> float:
    # slab test: entry distance, the exit one when the origin is inside, -1 for a miss
    t0 = wp.cw_mul(lower - ro, inv_rd)
    t1 = wp.cw_mul(upper - ro, inv_rd)
    t_near = wp.max(wp.min(t0, t1))
    t_far = wp.min(wp.max(t0, t1))
    if t_near > t_far or t_far < 0.0:
        return -1.0
    return wp.where(t_near >= 0.0, t_near, t_far)


@wp.kernel(enable_backward=False)
def select_under_cursor(
    bvh_id: wp.uint64,
    ray_starts: wp.array(dtype=wp.vec3),
    pick_dirs: wp.array(dtype=wp.vec3),
    item_body: wp.array(dtype=wp.int32),
    box_min: wp.array(dtype=wp.vec3),
    box_max: wp.array(dtype=wp.vec3),
    body_pickable: wp.array(dtype=wp.int32),
    ray_length: wp.array(dtype=float),
    pick_body: wp.array(dtype=wp.int32),
    pick_t: wp.array(dtype=float),
    pick_attach_local: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    ro = ray_starts[tid]
    rd = wp.normalize(pick_dirs[tid])
    max_t = ray_length[0]
    inv_rd = wp.vec3(1.0 / rd[0], 1.0 / rd[1], 1.0 / rd[2])
    t_best = max_t
    best_body = int(-1)
    query = wp.bvh_query_ray(bvh_id, ro, rd)
    index = int(0)
    while wp.bvh_query_next(query, index, t_best):
        body = item_body[index]
        if body < 0 or body_pickable[body] == 0:
            continue
        t = ray_box(ro, inv_rd, box_min[index], box_max[index])
        if t >= 0.0 and t < t_best:
            t_best = t
            best_body = body
    pick_body[tid] = best_body
    if best_body < 0:
        return
    pick_t[tid] = t_best
    hit = ro + rd * t_best
    pick_attach_local[tid] = hit


@wp.func
def local_half_extents(geo_type: wp.int32, scale: wp.vec3) -> wp.vec3:
    if geo_type == GeoType.BOX:
        return scale
    return wp.vec3(scale[0])


@wp.kernel(enable_backward=False)
def compute_shape_aabbs(
    shape_body: wp.array(dtype=wp.int32),
    shape_type: wp.array(dtype=wp.int32),
    shape_transform: wp.array(dtype=wp.transform),
    shape_scale: wp.array(dtype=wp.vec3),
    body_q: wp.array(dtype=wp.transform),
    contact_margin: wp.array(dtype=float),
    box_min: wp.array(dtype=wp.vec3),
    box_max: wp.array(dtype=wp.vec3),
    shape_X_ws: wp.array(dtype=wp.transform),
):
    tid = wp.tid()
    geo_type = shape_type[tid]
    body = shape_body[tid]
    margin = contact_margin[0]
    X_ws = shape_transform[tid]
    if body >= 0:
        X_ws = wp.transform_multiply(body_q[body], X_ws)
    shape_X_ws[tid] = X_ws
    if geo_type == GeoType.PLANE:
        box_min[tid] = wp.vec3(-1.0e6)
        box_max[tid] = wp.vec3(1.0e6)
        return
    he = local_half_extents(geo_type, shape_scale[tid])
    if geo_type != GeoType.SPHERE:
        R = wp.quat_to_matrix(wp.transform_get_rotation(X_ws))
        he = wp.vec3(
            wp.abs(R[0, 0]) * he[0] + wp.abs(R[0, 1]) * he[1] + wp.abs(R[0, 2]) * he[2],
            wp.abs(R[1, 0]) * he[0] + wp.abs(R[1, 1]) * he[1] + wp.abs(R[1, 2]) * he[2],
            wp.abs(R[2, 0]) * he[0] + wp.abs(R[2, 1]) * he[1] + wp.abs(R[2, 2]) * he[2],
        )
    he += wp.vec3(margin)
    center = wp.transform_get_translation(X_ws)
    box_min[tid] = center - he
    box_max[tid] = center + he


@wp.kernel(enable_backward=False)
def append_ground_contacts(
    world_shape_count: wp.array(dtype=wp.int32),
    shape_geo_type: wp.array2d(dtype=wp.int32),
    half_heights: wp.array2d(dtype=float),
    shape_position: wp.array2d(dtype=wp.vec3),
    shape_radius: wp.array2d(dtype=float),
    floor: wp.array(dtype=float),
    contact_margin: wp.array(dtype=float),
    plane_normal: wp.vec3,
    rigid_contact_max: wp.int32,
    world_contact_count: wp.array(dtype=wp.int32),
    contact_shape: wp.array2d(dtype=wp.int32),
    contact_depth: wp.array2d(dtype=float),
    dropped_contacts: wp.array(dtype=wp.int32),
):
    """Append each world's ground contacts to that world's contact slots; contacts past a world's capacity are dropped."""
    world, s = wp.tid()
    if s >= world_shape_count[world]:
        return
    margin = contact_margin[0]
    d_plane = floor[0]
    x_s = shape_position[world, s]
    geo = shape_geo_type[world, s]
    if geo != GeoType.SPHERE and geo != GeoType.CAPSULE:
        return
    depth = shape_radius[world, s] - (wp.dot(x_s, plane_normal) - d_plane)
    if geo == GeoType.CAPSULE:
        depth += half_heights[world, s] * wp.abs(plane_normal[1])
    if depth < -margin:
        return
    slot = wp.atomic_add(world_contact_count, world, 1)
    if slot >= rigid_contact_max:
        wp.atomic_add(dropped_contacts, world, 1)
        return
    contact_shape[world, slot] = s
    contact_depth[world, slot] = depth


@wp.func
def support_point(geo_type: wp.int32, scale: wp.vec3, d: wp.vec3) -> wp.vec3:
    # farthest point of the shape along the unit direction d, in the shape's frame
    if geo_type == GeoType.BOX:
        return wp.vec3(wp.sign(d[0]) * scale[0], wp.sign(d[1]) * scale[1], wp.sign(d[2]) * scale[2])
    return d * scale[0]


@wp.kernel(enable_backward=False)
def find_plane_contacts(
    shape_body: wp.array(dtype=wp.int32),
    shape_type: wp.array(dtype=wp.int32),
    shape_transform: wp.array(dtype=wp.transform),
    shape_scale: wp.array(dtype=wp.vec3),
    body_q: wp.array(dtype=wp.transform),
    floor: wp.array(dtype=float),
    contact_margin: wp.array(dtype=float),
    contact_max: wp.int32,
    plane_normal: wp.vec3,
    rigid_contact_count: wp.array(dtype=wp.int32),
    contact_shape0: wp.array(dtype=wp.int32),
    penetration: wp.array(dtype=float),
    contact_normals: wp.array(dtype=wp.vec3),
    world_points: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    body = shape_body[tid]
    geo_type = shape_type[tid]
    if body < 0:
        return
    if geo_type != GeoType.SPHERE and geo_type != GeoType.BOX:
        return
    margin = contact_margin[0]
    ground_height = floor[0]
    X_ws = wp.transform_multiply(body_q[body], shape_transform[tid])
    # lowest point of the shape: its support point along -n
    n_s = wp.quat_rotate_inv(wp.transform_get_rotation(X_ws), -plane_normal)
    p = wp.transform_point(X_ws, support_point(geo_type, shape_scale[tid], n_s))
    d = wp.dot(plane_normal, p) - ground_height
    if d >= margin:
        return
    slot = wp.atomic_add(rigid_contact_count, 0, 1)
    if slot >= contact_max:
        return
    contact_shape0[slot] = tid
    world_points[slot] = p
    contact_normals[slot] = plane_normal
    penetration[slot] = -d
