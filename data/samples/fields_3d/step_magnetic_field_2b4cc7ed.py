import warp as wp


@wp.kernel
def step_magnetic_field(
    e_y: wp.array3d[float],
    e_z: wp.array3d[float],
    hx: wp.array3d[float],
    dt_dx: float,
    ca: float,
):
    i, j, k = wp.tid()
    if j <= e_z.shape[1] - 2 and k <= e_y.shape[2] - 2:
        hx[i, j, k] = ca * hx[i, j, k] - dt_dx * ((e_z[i, j + 1, k] - e_z[i, j, k]) - (e_y[i, j, k + 1] - e_y[i, j, k]))
