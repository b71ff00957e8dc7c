import warp as wp


@wp.kernel
def neighbor_forces(
    hash_grid: wp.uint64,
    particle_x: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
    smoothing_length: float,
    damping: float,
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    x = particle_x[i]
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, smoothing_length):
        if j != i:
            v = velocities[j]
            vel = particle_v[j]
            p = particle_x[j]
            n = wp.normalize(x - p)
            s = wp.dot(v - vel, n)
            drag = -damping * s * n
            total += drag
    forces[i] = total
