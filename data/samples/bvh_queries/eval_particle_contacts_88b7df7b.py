import warp as wp


@wp.kernel
def eval_particle_contacts(
    bvh_id: wp.uint64,
    particle_x: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    particle_max_radius: float,
    contact_ke: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    x_i = particle_x[tid]
    r_i = particle_radius[tid]

    # the widest neighbour bounds how far a touching particle can be
    reach = r_i + particle_max_radius
    query = wp.bvh_query_aabb(bvh_id, x_i - wp.vec3(reach), x_i + wp.vec3(reach))
    f = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index == tid:
            continue
        d = x_i - particle_x[index]
        touch = r_i + particle_radius[index]
        dist = wp.length(d)
        overlap = touch - dist
        # the BVH returns overlapping bounds: keep only the touching particles
        if overlap <= 0.0 or dist == 0.0:
            continue
        n = d / dist
        fn = contact_ke * overlap
        f += n * fn
    particle_f[tid] = f
