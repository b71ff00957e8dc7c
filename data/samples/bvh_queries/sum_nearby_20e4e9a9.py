import warp as wp


@wp.kernel
def sum_nearby(
    bvh: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
    radius: float,
    force_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    p = positions[tid]
    query = wp.bvh_query_sphere(bvh, p, radius)
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            force = particle_f[index]
            total += force
    force_out[tid] = total
