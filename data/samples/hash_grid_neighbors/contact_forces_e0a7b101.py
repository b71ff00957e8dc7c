import warp as wp


@wp.kernel
def contact_forces(
    hash_grid: wp.uint64,
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
    smoothing_length: float,
    k_damp: float,
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    x = points[i]
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, smoothing_length):
        if j != i:
            vel = velocities[j]
            total += -k_damp * vel
    particle_f[i] = total
