import warp as wp


@wp.kernel
def relax_pressure(
    p0: wp.array2d[float],
    rhs: wp.array2d[float],
    relaxation: float,
    dx: float,
    p_new: wp.array2d[float],
):
    i, j = wp.tid()
    if i > 0 and i < p0.shape[0] - 1 and j > 0 and j < p0.shape[1] - 1:
        p_new[i, j] = (1.0 - relaxation) * p0[i, j] + 0.25 * relaxation * (p0[i - 1, j] + p0[i + 1, j] + p0[i, j - 1] + p0[i, j + 1] - dx * dx * rhs[i, j])
