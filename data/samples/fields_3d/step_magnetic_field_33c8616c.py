import warp as wp


@wp.kernel
def step_magnetic_field(
    e_y: wp.array3d(dtype=float),
    ez: wp.array3d(dtype=float),
    courant: float,
    h_x: wp.array3d(dtype=float),
):
    i, j, k = wp.tid()
    if j <= ez.shape[1] - 2 and k <= e_y.shape[2] - 2:
        h_x[i, j, k] -= courant * ((ez[i, j + 1, k] - ez[i, j, k]) - (e_y[i, j, k + 1] - e_y[i, j, k]))
