import warp as wp


@wp.kernel
def bvh_neighbor_forces(
    bvh_id: wp.uint64,
    positions: wp.array[wp.vec3],
    radii: wp.array[float],
    particle_f: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
):
    """Neighbor interactions found through the BVH instead of a hash grid."""
    tid = wp.tid()
    r = radii[tid]
    query = wp.bvh_query_sphere(bvh_id, positions[tid], r)
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            force = particle_f[index]
            total += force
    forces[tid] = total
