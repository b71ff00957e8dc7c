import warp as wp


@wp.kernel
def neighbor_forces(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    stiffnesses: wp.array[float],
    smoothing_length: float,
    force_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = positions[i]
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, smoothing_length):
        if j != i:
            p = positions[j]

            # soft repulsion between overlapping particles
            delta = p - x
            d = wp.length(delta)
            f_pair = wp.vec3()
            if d < 2.0 * smoothing_length and d > 0.0:
                f_pair = delta / d * (stiffnesses[j] * (2.0 * smoothing_length - d))
            total += f_pair
    force_out[i] = total
