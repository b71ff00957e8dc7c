import warp as wp


@wp.kernel
def contact_forces(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    f_ext: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
    radius: float,
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = positions[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, radius):
        if j != i:
            total += f_ext[j]
    forces[i] = total
