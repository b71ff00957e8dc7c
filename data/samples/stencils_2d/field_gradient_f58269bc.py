import warp as wp


@wp.kernel
def field_gradient(
    active: wp.array2d[wp.int32],
    height_field: wp.array2d[float],
    h: float,
    gradient: wp.array2d[wp.vec2],
    magnitude: wp.array2d[float],
):
    """Gradient and its magnitude at every cell."""
    i, j = wp.tid()
    nx = height_field.shape[0]
    ny = height_field.shape[1]
    if active[i, j] == 0:
        return
    inv_dx = 1.0 / h
    i0 = wp.max(i - 1, 0)
    i1 = wp.min(i + 1, nx - 1)
    j0 = wp.max(j - 1, 0)
    j1 = wp.min(j + 1, ny - 1)
    gx = (height_field[i1, j] - height_field[i0, j]) / float(i1 - i0) * inv_dx
    gy = (height_field[i, j1] - height_field[i, j0]) / float(j1 - j0) * inv_dx
    g = wp.vec2(gx, gy)
    gradient[i, j] = g
    magnitude[i, j] = wp.length(g)
