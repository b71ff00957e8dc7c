import warp as wp


@wp.kernel
def step_magnetic_field(
    ey: wp.array3d[float],
    e_z: wp.array3d[float],
    courant: float,
    h_x: wp.array3d[float],
):
    i, j, k = wp.tid()

    # H_x at (i, j + 1/2, k + 1/2)
    if j <= e_z.shape[1] - 2 and k <= ey.shape[2] - 2:
        curl_x = (e_z[i, j + 1, k] - e_z[i, j, k]) - (ey[i, j, k + 1] - ey[i, j, k])
        h_x[i, j, k] = h_x[i, j, k] - courant * curl_x
