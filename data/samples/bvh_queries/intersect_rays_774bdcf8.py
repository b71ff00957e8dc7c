import warp as wp


@wp.kernel
def intersect_rays(
    bvh_id: wp.uint64,
    ray_dirs: wp.array[wp.vec3],
    centers: wp.array[wp.vec3],
    radii: wp.array[float],
    dist_out: wp.array[float],
    hit_index: wp.array[int],
    cam_pos: wp.vec3,
    max_t: float,
):
    """Closest ray-sphere hit, with the BVH over the spheres' bounds culling the candidates."""
    tid = wp.tid()
    rd = ray_dirs[tid]
    t_min = max_t
    hit = int(-1)
    query = wp.bvh_query_ray(bvh_id, cam_pos, rd)
    index = int(0)
    while wp.bvh_query_next(query, index):
        oc = cam_pos - centers[index]
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
