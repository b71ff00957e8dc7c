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
    ray_starts: wp.array(dtype=wp.vec3),
    ray_dirs: wp.array(dtype=wp.vec3),
    collider_body: wp.array(dtype=wp.int32),
    body_q: wp.array(dtype=wp.transform),
    shape_local_center: wp.array(dtype=wp.vec3),
    item_radius: wp.array(dtype=float),
    body_pickable: wp.array(dtype=wp.int32),
    max_t: float,
    picked_body: wp.array(dtype=wp.int32),
    pick_t: wp.array(dtype=float),
    pick_offset: wp.array(dtype=wp.vec3),
):
    """One thread per viewport cursor: the closest shape along its ray, through the BVH over the shapes' bounds; -1 when nothing is hit."""
    tid = wp.tid()
    ro = ray_starts[tid]
    rd = wp.normalize(ray_dirs[tid])
    t_best = max_t
    best_body = int(-1)
    query = wp.bvh_query_ray(bvh, ro, rd)
    index = int(0)
    while wp.bvh_query_next(query, index, t_best):
        body = collider_body[index]
        if body < 0 or body_pickable[body] == 0:
            continue
        center = wp.transform_point(body_q[body], shape_local_center[index])
        t = ray_sphere(ro, rd, center, item_radius[index])
        if t >= 0.0 and t < t_best:
            t_best = t
            best_body = body
    picked_body[tid] = best_body
    if best_body < 0:
        return
    pick_t[tid] = t_best
    hit = ro + rd * t_best
    # the grab point in the body's frame, so the spring follows the body
    pick_offset[tid] = wp.transform_point(wp.transform_inverse(body_q[best_body]), hit)
