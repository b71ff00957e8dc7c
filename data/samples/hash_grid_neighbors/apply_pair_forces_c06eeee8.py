import warp as wp


@wp.kernel
def apply_pair_forces(
    hash_grid: wp.uint64,
    points: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    velocities: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    damping: float,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    x = points[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, particle_radius[i]):
        if j != i:
            v = velocities[j]
            vel = particle_v[j]
            pos = points[j]
            n = wp.normalize(x - pos)
            speed = wp.dot(v - vel, n)
            f_damp = -damping * speed * n
            total += f_damp
    forces[i] = total
