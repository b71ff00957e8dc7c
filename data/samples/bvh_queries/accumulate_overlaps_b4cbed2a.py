import warp as wp


@wp.kernel
def accumulate_overlaps(
    scene_bvh: wp.uint64,
    positions: wp.array[wp.vec3],
    radii: wp.array[float],
    forces: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    query = wp.bvh_query_sphere(scene_bvh, positions[tid], radii[tid])
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            f = forces[index]
            total += f
    particle_f[tid] = total
