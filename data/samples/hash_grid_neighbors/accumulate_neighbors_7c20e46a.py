import warp as wp


@wp.kernel
def accumulate_neighbors(
    grid: wp.uint64,
    points: wp.array[wp.vec3],
    spring_stiffness: wp.array[float],
    radius: float,
    anchor: wp.vec3,
    smoothing_scale: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = points[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, radius):
        if j != i:
            delta = anchor - x
            f_pull = spring_stiffness[j] * wp.smooth_normalize(delta, smoothing_scale)
            total += f_pull
    particle_f[i] = total
