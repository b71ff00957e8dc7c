import warp as wp


@wp.kernel
def sum_nearby(
    bvh: wp.uint64,
    positions: wp.array[wp.vec3],
    radii: wp.array[float],
    f_ext: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    r = radii[tid]
    query = wp.bvh_query_sphere(bvh, positions[tid], r)
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            total += f_ext[index]
    particle_f[tid] = total
