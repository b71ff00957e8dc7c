import warp as wp


@wp.kernel
def fdtd_update_h(
    ez: wp.array2d(dtype=float),
    h_x: wp.array2d(dtype=float),
    h_y: wp.array2d(dtype=float),
    dt_dx: float,
):
    i, j = wp.tid()
    if j < ez.shape[1] - 1:
        h_x[i, j] = h_x[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])
    if i < ez.shape[0] - 1:
        h_y[i, j] = h_y[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])
