import warp as wp


@wp.kernel
def gather_from_bvh(
    bvh: wp.uint64,
    positions: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    particle_x: wp.array[wp.vec3],
    points: wp.array[wp.vec3],
    particle_radius: float,
    k_damp: float,
    particle_f: wp.array[wp.vec3],
):
    """Neighbor interactions found through the BVH instead of a hash grid."""
    tid = wp.tid()
    query = wp.bvh_query_aabb(bvh, positions[tid] - wp.vec3(particle_radius), positions[tid] + wp.vec3(particle_radius))
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            vel = v[index]
            vel_new = velocities[index]
            p = particle_x[index]
            n = wp.normalize(p - points[index])
            speed = wp.dot(vel - vel_new, n)
            drag = -k_damp * speed * n
            total += drag
    particle_f[tid] = total
