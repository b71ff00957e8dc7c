import warp as wp


@wp.kernel
def pressure_solve(
    p0: wp.array2d[float],
    div: wp.array2d[float],
    relaxation: float,
    cell_size: float,
    p1: wp.array2d[float],
):
    """One Jacobi iteration of the pressure Poisson equation (interior cells only)."""
    i, j = wp.tid()
    nx = p0.shape[0]
    ny = p0.shape[1]
    if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:
        p1[i, j] = (1.0 - relaxation) * p0[i, j] + 0.25 * relaxation * (p0[i - 1, j] + p0[i + 1, j] + p0[i, j - 1] + p0[i, j + 1] - cell_size * cell_size * div[i, j])
