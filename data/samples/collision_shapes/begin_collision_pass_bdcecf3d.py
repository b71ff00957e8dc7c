import warp as wp


class GeoType:
    SPHERE = wp.constant(0)
    BOX = wp.constant(1)
    CAPSULE = wp.constant(2)
    PLANE = wp.constant(3)


@wp.kernel(enable_backward=False)
def begin_collision_pass(
    contact_count: wp.array[int],
    last_contact_count: wp.array[int],
    contact_overflow: wp.array[int],
    contact_shape0: wp.array[int],
    contact_shape1: wp.array[int],
    rigid_contact_force: wp.array[wp.vec3],
    contact_high_water: wp.array[int],
):
    count = contact_count[0]
    # high-water mark: the host sizes the buffers from it
    if count > contact_high_water[0]:
        contact_high_water[0] = count
    capacity = contact_shape0.shape[0]
    if count > capacity:
        # the host grows the buffers by the contacts that found no slot
        contact_overflow[0] = count - capacity
        count = capacity
    # the previous pass's count tells the solver how many impulses to warm-start
    last_contact_count[0] = count
    # every slot, so stale contacts past the count never reach the solver
    for k in range(capacity):
        contact_shape0[k] = -1
        contact_shape1[k] = -1
        rigid_contact_force[k] = wp.vec3(0.0)
    contact_count[0] = 0


@wp.kernel(enable_backward=False)
def find_world_contacts(
    world_shape_count: wp.array[int],
    shape_position: wp.array2d[wp.vec3],
    shape_radius: wp.array2d[float],
    up: wp.vec3,
    margin: float,
    contact_capacity: int,
    world_contact_count: wp.array[int],
    contact_shape: wp.array2d[int],
):
    world, s = wp.tid()
    if s >= world_shape_count[world]:
        return
    center = shape_position[world, s]
    depth = shape_radius[world, s] - wp.dot(center, up)
    if depth < -margin:
        return
    slot = wp.atomic_add(world_contact_count, world, 1)
    if slot >= contact_capacity:
        return
    contact_shape[world, slot] = s


@wp.func
def support_point(geo_type: wp.int32, scale: wp.vec3, d: wp.vec3) -> wp.vec3:
    # farthest point of the shape along the unit direction d, in the shape's frame
    if geo_type == GeoType.BOX:
        return wp.vec3(wp.sign(d[0]) * scale[0], wp.sign(d[1]) * scale[1], wp.sign(d[2]) * scale[2])
    if geo_type == GeoType.CAPSULE:
        # radius in scale[0], half height along y in scale[1]
        return wp.vec3(0.0, wp.sign(d[1]) * scale[1], 0.0) + d * scale[0]
    return d * scale[0]


@wp.kernel(enable_backward=False)
def generate_ground_contacts(
    shape_body: wp.array[int],
    shape_type: wp.array[int],
    shape_transform: wp.array[wp.transform],
    geo_scale: wp.array[wp.vec3],
    body_q: wp.array[wp.transform],
    max_contacts: int,
    up: wp.vec3,
    ground_height: float,
    margin: float,
    rigid_contact_count: wp.array[int],
    contact_shape0: wp.array[int],
    penetration: wp.array[float],
    normals_out: wp.array[wp.vec3],
    x_world: wp.array[wp.vec3],
):
    tid = wp.tid()
    body = shape_body[tid]
    geo_type = shape_type[tid]
    # static shapes and planes never touch the ground
    if body < 0 or geo_type == GeoType.PLANE:
        return
    X_ws = wp.transform_multiply(body_q[body], shape_transform[tid])
    # lowest point of the shape: its support point along -n
    n_s = wp.quat_rotate_inv(wp.transform_get_rotation(X_ws), -up)
    p = wp.transform_point(X_ws, support_point(geo_type, geo_scale[tid], n_s))
    d = wp.dot(up, p) - ground_height
    if d >= margin:
        return
    slot = wp.atomic_add(rigid_contact_count, 0, 1)
    if slot >= max_contacts:
        return
    contact_shape0[slot] = tid
    # project onto the plane
    x_world[slot] = p - up * d
    normals_out[slot] = up
    penetration[slot] = -d


@wp.func
def ray_sphere(ro: wp.vec3, rd: wp.vec3, center: wp.vec3, radius: float) -> float:
    # distance to the first hit in front of the origin, -1 for a miss
    oc = ro - center
    b = wp.dot(oc, rd)
    c = wp.dot(oc, oc) - radius * radius
    disc = b * b - c
    if disc < 0.0:
        return -1.0
    s = wp.sqrt(disc)
    t = -b - s
    if t < 0.0:
        t = -b + s
    return t


@wp.kernel(enable_backward=False)
def pick_closest_body(
    bvh: wp.uint64,
    ray_starts: wp.array[wp.vec3],
    pick_dirs: wp.array[wp.vec3],
    item_body: wp.array[int],
    body_q: wp.array[wp.transform],
    shape_local_center: wp.array[wp.vec3],
    item_radius: wp.array[float],
    pick_body: wp.array[int],
    pick_t: wp.array[float],
):
    tid = wp.tid()
    ro = ray_starts[tid]
    rd = wp.normalize(pick_dirs[tid])
    t_best = float(1.0e10)
    best_body = int(-1)
    query = wp.bvh_query_ray(bvh, ro, rd)
    index = int(0)
    while wp.bvh_query_next(query, index):
        body = item_body[index]
        center = wp.transform_point(body_q[body], shape_local_center[index])
        t = ray_sphere(ro, rd, center, item_radius[index])
        if t >= 0.0 and t < t_best:
            t_best = t
            best_body = body
    pick_body[tid] = best_body
    if best_body < 0:
        return
    pick_t[tid] = t_best
