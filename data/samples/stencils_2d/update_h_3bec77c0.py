import warp as wp


@wp.kernel
def update_h(
    ez: wp.array2d(dtype=float),
    h_x: wp.array2d(dtype=float),
    hy: wp.array2d(dtype=float),
    dt_dx: float,
):
    i, j = wp.tid()
    nx = ez.shape[0]
    ny = ez.shape[1]
    if j < ny - 1:
        h_x[i, j] = h_x[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])
    if i < nx - 1:
        hy[i, j] = hy[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])
