import warp as wp


@wp.kernel
def contact_forces(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    particle_f: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = positions[i]
    radius = particle_radius[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, radius):
        if j != i:
            f = particle_f[j]
            total += f
    forces[i] = total
