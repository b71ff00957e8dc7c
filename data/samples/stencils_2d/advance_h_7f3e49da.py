import warp as wp


@wp.kernel
def advance_h(
    e_z: wp.array2d(dtype=float),
    hx: wp.array2d(dtype=float),
    hy: wp.array2d(dtype=float),
    dt_dx: float,
):
    i, j = wp.tid()
    nx = e_z.shape[0]
    ny = e_z.shape[1]
    if j < ny - 1:
        hx[i, j] = hx[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])
    if i < nx - 1:
        hy[i, j] = hy[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])
