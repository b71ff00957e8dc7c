import warp as wp


@wp.kernel
def closest_hit(
    scene_bvh: wp.uint64,
    ray_dirs: wp.array[wp.vec3],
    centers: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    cam_pos: wp.vec3,
    t_max: float,
    dist_out: wp.array[float],
    nearest: wp.array[int],
):
    tid = wp.tid()
    rd = ray_dirs[tid]
    t_min = t_max
    hit = int(-1)
    query = wp.bvh_query_ray(scene_bvh, cam_pos, rd)
    index = int(0)
    while wp.bvh_query_next(query, index):
        oc = cam_pos - centers[index]
        b = wp.dot(oc, rd)
        c = wp.dot(oc, oc) - particle_radius[index] * particle_radius[index]
        disc = b * b - c
        if disc >= 0.0:
            t = -b - wp.sqrt(disc)
            if t > 0.0 and t < t_min:
                t_min = t
                hit = index
    dist_out[tid] = t_min
    nearest[tid] = hit
