import warp as wp


@wp.kernel
def advance_h(
    e_z: wp.array2d(dtype=float),
    h_x: wp.array2d(dtype=float),
    hy: wp.array2d(dtype=float),
    dt_dx: float,
):
    """Advance H_x and H_y half a step from the curl of E_z (2D TM Yee scheme)."""
    i, j = wp.tid()
    if j < e_z.shape[1] - 1:
        h_x[i, j] = h_x[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])
    if i < e_z.shape[0] - 1:
        hy[i, j] = hy[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])
