import warp as wp


@wp.kernel
def intersect_rays(
    bvh: wp.uint64,
    ray_dirs: wp.array(dtype=wp.vec3),
    centers: wp.array(dtype=wp.vec3),
    radii: wp.array(dtype=float),
    dist_out: wp.array(dtype=float),
    hit_index: wp.array(dtype=int),
    eye: wp.vec3,
    ray_length: float,
):
    tid = wp.tid()
    rd = ray_dirs[tid]
    t_min = ray_length
    hit = int(-1)
    query = wp.bvh_query_ray(bvh, eye, rd)
    index = int(0)
    # hits farther than the closest one so far are skipped by the traversal
    while wp.bvh_query_next(query, index, t_min):
        oc = eye - centers[index]
        b = wp.dot(oc, rd)
        c = wp.dot(oc, oc) - radii[index] * radii[index]
        disc = b * b - c
        if disc >= 0.0:
            t = -b - wp.sqrt(disc)
            if t > 0.0 and t < t_min:
                t_min = t
                hit = index
    dist_out[tid] = t_min
    hit_index[tid] = hit
