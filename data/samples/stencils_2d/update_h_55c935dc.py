import warp as wp


@wp.kernel
def update_h(
    e_z: wp.array2d[float],
    loss: wp.array2d[float],
    h_x: wp.array2d[float],
    h_y: wp.array2d[float],
    dt_dx: float,
):
    i, j = wp.tid()
    nx = e_z.shape[0]
    ny = e_z.shape[1]

    # H_x at (i, j + 1/2)
    if j < ny - 1:
        de_dy = e_z[i, j + 1] - e_z[i, j]
        h_x[i, j] = loss[i, j] * h_x[i, j] - dt_dx * (de_dy)
    # H_y at (i + 1/2, j)
    if i < nx - 1:
        de_dx = e_z[i + 1, j] - e_z[i, j]
        h_y[i, j] = loss[i, j] * h_y[i, j] + dt_dx * (de_dx)
