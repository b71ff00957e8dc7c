import warp as wp


@wp.kernel
def advance_h(
    e_z: wp.array2d(dtype=float),
    courant: float,
    h_x: wp.array2d(dtype=float),
    h_y: wp.array2d(dtype=float),
):
    i, j = wp.tid()

    # H_x at (i, j + 1/2)
    if j < e_z.shape[1] - 1:
        h_x[i, j] = h_x[i, j] - courant * (e_z[i, j + 1] - e_z[i, j])
    # H_y at (i + 1/2, j)
    if i < e_z.shape[0] - 1:
        h_y[i, j] = h_y[i, j] + courant * (e_z[i + 1, j] - e_z[i, j])
