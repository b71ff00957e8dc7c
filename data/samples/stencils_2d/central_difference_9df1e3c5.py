import warp as wp


@wp.kernel
def central_difference(
    dye: wp.array2d(dtype=float),
    cell_size: float,
    grad_out: wp.array2d(dtype=wp.vec2),
    slope_out: wp.array2d(dtype=float),
):
    """Gradient and its magnitude at every cell."""
    i, j = wp.tid()
    nx = dye.shape[0]
    ny = dye.shape[1]
    inv_dx = 1.0 / cell_size
    i0 = wp.max(i - 1, 0)
    i1 = wp.min(i + 1, nx - 1)
    j0 = wp.max(j - 1, 0)
    j1 = wp.min(j + 1, ny - 1)
    gx = (dye[i1, j] - dye[i0, j]) / float(i1 - i0) * inv_dx
    gy = (dye[i, j1] - dye[i, j0]) / float(j1 - j0) * inv_dx
    g = wp.vec2(gx, gy)
    grad_out[i, j] = g
    slope_out[i, j] = wp.length(g)
