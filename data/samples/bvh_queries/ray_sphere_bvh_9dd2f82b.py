import warp as wp


@wp.kernel
def ray_sphere_bvh(
    scene_bvh: wp.uint64,
    ray_starts: wp.array[wp.vec3],
    ray_directions: wp.array[wp.vec3],
    centers: wp.array[wp.vec3],
    radii: wp.array[float],
    max_t: float,
    dist_out: wp.array[float],
    nearest: wp.array[wp.int32],
):
    tid = wp.tid()
    ray_start = ray_starts[tid]
    rd = ray_directions[tid]
    t_min = max_t
    hit = int(-1)
    query = wp.bvh_query_ray(scene_bvh, ray_start, rd)
    index = int(0)
    # hits farther than the closest one so far are skipped by the traversal
    while wp.bvh_query_next(query, index, t_min):
        oc = ray_start - centers[index]
        b = wp.dot(oc, rd)
        c = wp.dot(oc, oc) - radii[index] * radii[index]
        disc = b * b - c
        if disc >= 0.0:
            t = -b - wp.sqrt(disc)
            if t > 0.0 and t < t_min:
                t_min = t
                hit = index
    dist_out[tid] = t_min
    nearest[tid] = hit
