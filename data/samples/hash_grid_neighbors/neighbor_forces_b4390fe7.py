import warp as wp


@wp.kernel
def neighbor_forces(
    grid: wp.uint64,
    points: wp.array[wp.vec3],
    radii: wp.array[float],
    f_ext: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = points[i]
    r = radii[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, r):
        if j != i:
            total += f_ext[j]
    forces[i] = total
