import warp as wp


@wp.kernel
def update_h(e_z: wp.array2d[float], h_x: wp.array2d[float], h_y: wp.array2d[float], coef: float):
    i, j = wp.tid()
    nx = e_z.shape[0]
    ny = e_z.shape[1]
    if i == nx - 1 or j == ny - 1:
        return
    h_x[i, j] = h_x[i, j] - coef * (e_z[i, j + 1] - e_z[i, j])
    h_y[i, j] = h_y[i, j] + coef * (e_z[i + 1, j] - e_z[i, j])
