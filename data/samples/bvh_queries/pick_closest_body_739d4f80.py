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
def pick_closest_body(
    bvh: wp.uint64,
    pick_origins: wp.array[wp.vec3],
    ray_dirs: wp.array[wp.vec3],
    item_body: wp.array[int],
    body_q: wp.array[wp.transform],
    item_offsets: wp.array[wp.vec3],
    shape_radius: wp.array[float],
    pick_body: wp.array[int],
    pick_dist: wp.array[float],
):
    tid = wp.tid()
    ro = pick_origins[tid]
    rd = wp.normalize(ray_dirs[tid])
    t_best = float(1.0e10)
    best_body = int(-1)
    query = wp.bvh_query_ray(bvh, ro, rd)
    index = int(0)
    while wp.bvh_query_next(query, index, t_best):
        body = item_body[index]
        center = wp.transform_point(body_q[body], item_offsets[index])
        t = ray_sphere(ro, rd, center, shape_radius[index])
        if t >= 0.0 and t < t_best:
            t_best = t
            best_body = body
    pick_body[tid] = best_body
    if best_body < 0:
        return
    pick_dist[tid] = t_best


@wp.kernel
def bvh_overlap_count(
    bvh: wp.uint64,
    item_count: wp.array[int],
    particle_x: wp.array[wp.vec3],
    particle_radius: float,
    hit_counts: wp.array[int],
):
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    p = particle_x[tid]
    extent = wp.vec3(particle_radius)
    query = wp.bvh_query_aabb(bvh, p - extent, p + extent)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    hit_counts[tid] = num_overlaps
