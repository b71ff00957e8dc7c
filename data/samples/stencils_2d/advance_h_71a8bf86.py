import warp as wp


@wp.kernel
def advance_h(
    e_z: wp.array2d[float],
    courant: float,
    h_x: wp.array2d[float],
    h_y: wp.array2d[float],
):
    i, j = wp.tid()
    if i == e_z.shape[0] - 1 or j == e_z.shape[1] - 1:
        return
    h_x[i, j] = h_x[i, j] - courant * (e_z[i, j + 1] - e_z[i, j])
    h_y[i, j] = h_y[i, j] + courant * (e_z[i + 1, j] - e_z[i, j])
