import warp as wp


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
def pick_bodies(
    bvh_id: wp.uint64,
    ray_starts: wp.array(dtype=wp.vec3),
    ray_dirs: wp.array(dtype=wp.vec3),
    item_body: wp.array(dtype=wp.int32),
    shape_centers: wp.array(dtype=wp.vec3),
    shape_radius: wp.array(dtype=float),
    pick_mask: wp.array(dtype=wp.int32),
    ray_length: float,
    pick_body: wp.array(dtype=wp.int32),
    pick_t: wp.array(dtype=float),
    pick_attach_local: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    ro = ray_starts[tid]
    rd = wp.normalize(ray_dirs[tid])
    t_best = ray_length
    best_body = int(-1)
    query = wp.bvh_query_ray(bvh_id, ro, rd)
    index = int(0)
    while wp.bvh_query_next(query, index, t_best):
        body = item_body[index]
        if body < 0 or pick_mask[body] == 0:
            continue
        center = shape_centers[index]
        t = ray_sphere(ro, rd, center, shape_radius[index])
        if t >= 0.0 and t < t_best:
            t_best = t
            best_body = body
    pick_body[tid] = best_body
    if best_body < 0:
        return
    pick_t[tid] = t_best
    hit = ro + rd * t_best
    pick_attach_local[tid] = hit


@wp.kernel
def count_overlaps(
    bvh_id: wp.uint64,
    particle_x: wp.array(dtype=wp.vec3),
    particle_radius: wp.array(dtype=float),
    num_hits: wp.array(dtype=wp.int32),
    num_active: wp.int32,
):
    tid = wp.tid()
    if tid >= num_active:
        return
    radius = particle_radius[tid]
    extent = wp.vec3(radius)
    query = wp.bvh_query_aabb(bvh_id, particle_x[tid] - extent, particle_x[tid] + extent)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    num_hits[tid] = num_overlaps
