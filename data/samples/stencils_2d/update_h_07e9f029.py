import warp as wp


@wp.kernel
def update_h(
    ez: wp.array2d(dtype=float),
    coef: float,
    hx: wp.array2d(dtype=float),
    hy: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    if j < ez.shape[1] - 1:
        de_dy = ez[i, j + 1] - ez[i, j]
        hx[i, j] = hx[i, j] - coef * (de_dy)
    if i < ez.shape[0] - 1:
        de_dx = ez[i + 1, j] - ez[i, j]
        hy[i, j] = hy[i, j] + coef * (de_dx)
