import warp as wp


@wp.kernel
def sum_nearby(
    scene_bvh: wp.uint64,
    positions: wp.array[wp.vec3],
    radii: wp.array[float],
    particle_f: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
):
    """Neighbor interactions found through the BVH instead of a hash grid."""
    tid = wp.tid()
    p = positions[tid]
    r = radii[tid]
    query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(r), p + wp.vec3(r))
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            f = particle_f[index]
            total += f
    forces[tid] = total
