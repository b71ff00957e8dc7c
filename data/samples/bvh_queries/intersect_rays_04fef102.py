import warp as wp


@wp.kernel
def intersect_rays(
    bvh: wp.uint64,
    ray_dirs: wp.array(dtype=wp.vec3),
    centers: wp.array(dtype=wp.vec3),
    radii: wp.array(dtype=float),
    distances: wp.array(dtype=float),
    closest_ids: wp.array(dtype=int),
    ray_origin: wp.vec3,
    max_t: float,
):
    """Trace one ray per thread through a BVH of spheres; -1 marks a miss."""
    tid = wp.tid()
    t_min = max_t
    hit = int(-1)
    query = wp.bvh_query_ray(bvh, ray_origin, ray_dirs[tid])
    index = int(0)
    # hits farther than the closest one so far are skipped by the traversal
    while wp.bvh_query_next(query, index, t_min):
        oc = ray_origin - centers[index]
        b = wp.dot(oc, ray_dirs[tid])
        c = wp.dot(oc, oc) - radii[index] * radii[index]
        disc = b * b - c
        if disc >= 0.0:
            t = -b - wp.sqrt(disc)
            if t > 0.0 and t < t_min:
                t_min = t
                hit = index
    distances[tid] = t_min
    closest_ids[tid] = hit
