import warp as wp


@wp.kernel
def intersect_rays(
    bvh_id: wp.uint64,
    ray_starts: wp.array[wp.vec3],
    centers: wp.array[wp.vec3],
    radii: wp.array[float],
    ray_dir: wp.vec3,
    max_t: float,
    distances: wp.array[float],
    closest_ids: wp.array[int],
):
    """Closest ray-sphere hit, with the BVH over the spheres' bounds culling the candidates."""
    tid = wp.tid()
    origin = ray_starts[tid]
    t_min = max_t
    hit = int(-1)
    query = wp.bvh_query_ray(bvh_id, origin, ray_dir)
    index = int(0)
    # hits farther than the closest one so far are skipped by the traversal
    while wp.bvh_query_next(query, index, t_min):
        oc = origin - centers[index]
        b = wp.dot(oc, ray_dir)
        c = wp.dot(oc, oc) - radii[index] * radii[index]
        disc = b * b - c
        if disc >= 0.0:
            t = -b - wp.sqrt(disc)
            if t > 0.0 and t < t_min:
                t_min = t
                hit = index
    distances[tid] = t_min
    closest_ids[tid] = hit
