import warp as wp


@wp.kernel
def slope_map(
    density: wp.array2d[float],
    grad_out: wp.array2d[wp.vec2],
    slope_out: wp.array2d[float],
    inv_cell: float,
):
    i, j = wp.tid()
    nx = density.shape[0]
    ny = density.shape[1]
    i0 = wp.max(i - 1, 0)
    i1 = wp.min(i + 1, nx - 1)
    j0 = wp.max(j - 1, 0)
    j1 = wp.min(j + 1, ny - 1)
    gx = (density[i1, j] - density[i0, j]) / float(i1 - i0) * inv_cell
    gy = (density[i, j1] - density[i, j0]) / float(j1 - j0) * inv_cell
    g = wp.vec2(gx, gy)
    grad_out[i, j] = g
    slope_out[i, j] = wp.length(g)
