import warp as wp


@wp.kernel
def advance_h_x(
    ey: wp.array3d[float],
    ez: wp.array3d[float],
    courant: float,
    h_x: wp.array3d[float],
):
    i, j, k = wp.tid()
    if j > ez.shape[1] - 2 or k > ey.shape[2] - 2:
        return
    h_x[i, j, k] -= courant * ((ez[i, j + 1, k] - ez[i, j, k]) - (ey[i, j, k + 1] - ey[i, j, k]))
