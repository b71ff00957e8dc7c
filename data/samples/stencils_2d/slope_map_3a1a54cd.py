import warp as wp


@wp.kernel
def slope_map(
    rho: wp.array2d(dtype=float),
    grad_out: wp.array2d(dtype=wp.vec2),
    magnitude: wp.array2d(dtype=float),
    inv_dx: float,
):
    i, j = wp.tid()
    nx = rho.shape[0]
    ny = rho.shape[1]
    i0 = wp.max(i - 1, 0)
    i1 = wp.min(i + 1, nx - 1)
    j0 = wp.max(j - 1, 0)
    j1 = wp.min(j + 1, ny - 1)
    gx = (rho[i1, j] - rho[i0, j]) / float(i1 - i0) * inv_dx
    gy = (rho[i, j1] - rho[i, j0]) / float(j1 - j0) * inv_dx
    g = wp.vec2(gx, gy)
    grad_out[i, j] = g
    magnitude[i, j] = wp.length(g)
