import warp as wp


@wp.kernel
def advance_h_x(
    ey: wp.array3d(dtype=float),
    e_z: wp.array3d(dtype=float),
    hx: wp.array3d(dtype=float),
    coef: float,
):
    i, j, k = wp.tid()
    if j > e_z.shape[1] - 2 or k > ey.shape[2] - 2:
        return
    curl_x = (e_z[i, j + 1, k] - e_z[i, j, k]) - (ey[i, j, k + 1] - ey[i, j, k])
    hx[i, j, k] = hx[i, j, k] - coef * curl_x
