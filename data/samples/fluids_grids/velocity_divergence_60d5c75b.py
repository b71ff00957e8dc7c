import warp as wp


@wp.kernel
def velocity_divergence(
    u: wp.array2d(dtype=wp.vec2),
    div_out: wp.array2d(dtype=float),
    inv_cell: float,
):
    i, j = wp.tid()
    if i != u.shape[0] - 1 and j != u.shape[1] - 1:
        dx_term = (u[i + 1, j][0] - u[i, j][0]) * inv_cell
        dy_term = (u[i, j + 1][1] - u[i, j][1]) * inv_cell
        div_out[i, j] = dx_term + dy_term
