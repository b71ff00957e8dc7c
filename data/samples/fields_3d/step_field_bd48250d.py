import warp as wp


@wp.kernel
def step_field(
    field: wp.array3d[float],
    source: wp.array3d[float],
    field_out: wp.array3d[float],
    delta_time: float,
):
    i, j, k = wp.tid()
    c = field[i, j, k]
    field_out[i, j, k] = c + (source[i, j, k] - 0.1 * c) * delta_time
