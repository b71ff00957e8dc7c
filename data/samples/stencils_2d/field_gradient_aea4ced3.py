import warp as wp


@wp.kernel
def field_gradient(
    temperature: wp.array2d[float],
    inv_dx: float,
    gradient: wp.array2d[wp.vec2],
    grad_norm: wp.array2d[float],
):
    """Gradient and its magnitude at every cell."""
    i, j = wp.tid()
    nx = temperature.shape[0]
    ny = temperature.shape[1]
    i0 = wp.max(i - 1, 0)
    i1 = wp.min(i + 1, nx - 1)
    j0 = wp.max(j - 1, 0)
    j1 = wp.min(j + 1, ny - 1)
    gx = (temperature[i1, j] - temperature[i0, j]) / float(i1 - i0) * inv_dx
    gy = (temperature[i, j1] - temperature[i, j0]) / float(j1 - j0) * inv_dx
    g = wp.vec2(gx, gy)
    gradient[i, j] = g
    grad_norm[i, j] = wp.length(g)
