import warp as wp


@wp.kernel
def advance_field(
    delta_time: float,
    field: wp.array3d[float],
    source: wp.array3d[float],
    obstacle: wp.array3d[wp.int32],
):
    i, j, k = wp.tid()
    if obstacle[i, j, k] != 0:
        field[i, j, k] = 0.0
        return
    field[i, j, k] = field[i, j, k] + source[i, j, k] * delta_time
