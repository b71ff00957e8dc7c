import warp as wp


@wp.kernel
def jacobi_step(
    p0: wp.array2d[float],
    div: wp.array2d[float],
    jacobi_weight: float,
    h: float,
    p1: wp.array2d[float],
):
    i, j = wp.tid()
    nx = p0.shape[0]
    ny = p0.shape[1]
    if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:
        p1[i, j] = (1.0 - jacobi_weight) * p0[i, j] + 0.25 * jacobi_weight * (p0[i - 1, j] + p0[i + 1, j] + p0[i, j - 1] + p0[i, j + 1] - h * h * div[i, j])
