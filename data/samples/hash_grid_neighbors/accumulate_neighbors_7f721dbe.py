import warp as wp


@wp.kernel
def accumulate_neighbors(
    hash_grid: wp.uint64,
    points: wp.array(dtype=wp.vec3),
    stiffnesses: wp.array(dtype=float),
    smoothing_length: float,
    force_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    x = points[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, smoothing_length):
        if j != i:
            ke = stiffnesses[j]

            # contact force along the separation
            delta = x - points[j]
            d = wp.length(delta)
            f_pair = wp.vec3()
            if d < 2.0 * smoothing_length and d > 0.0:
                f_pair = delta / d * (ke * (2.0 * smoothing_length - d))
            total += f_pair
    force_out[i] = total
