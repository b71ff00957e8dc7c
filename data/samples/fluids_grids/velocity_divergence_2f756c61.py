import warp as wp


@wp.kernel
def velocity_divergence(
    u: wp.array2d[float],
    v: wp.array2d[float],
    divergence: wp.array2d[float],
    cell_size: float,
):
    i, j = wp.tid()
    if i == u.shape[0] - 1 or j == u.shape[1] - 1:
        return
    inv_h = 1.0 / cell_size
    dx_term = (u[i + 1, j] - u[i, j]) * inv_h
    dy_term = (v[i, j + 1] - v[i, j]) * inv_h
    divergence[i, j] = dx_term + dy_term
