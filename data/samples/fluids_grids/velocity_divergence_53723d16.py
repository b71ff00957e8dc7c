import warp as wp


@wp.kernel
def velocity_divergence(vel_x: wp.array2d[float], vel_y: wp.array2d[float], div: wp.array2d[float]):
    """Forward-difference divergence on the grid."""
    i, j = wp.tid()
    if i == vel_x.shape[0] - 1:
        return
    if j == vel_x.shape[1] - 1:
        return
    dx_term = (vel_x[i + 1, j] - vel_x[i, j]) * 0.5
    dy_term = (vel_y[i, j + 1] - vel_y[i, j]) * 0.5
    div[i, j] = dx_term + dy_term
