import warp as wp


@wp.kernel
def contact_forces(
    hash_grid: wp.uint64,
    points: wp.array[wp.vec3],
    radii: wp.array[float],
    particle_f: wp.array[wp.vec3],
    active_count: int,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    x = points[i]
    if i >= active_count:
        return

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, radii[i]):
        if j != i:
            total += particle_f[j]
    forces[i] = total
