import warp as wp


@wp.kernel
def eval_divergence(u: wp.array2d(dtype=wp.vec2), dx: float, divergence: wp.array2d(dtype=float)):
    i, j = wp.tid()
    if i == u.shape[0] - 1 or j == u.shape[1] - 1:
        return
    dx_term = (u[i + 1, j][0] - u[i, j][0]) / dx
    dy_term = (u[i, j + 1][1] - u[i, j][1]) / dx
    divergence[i, j] = dx_term + dy_term
