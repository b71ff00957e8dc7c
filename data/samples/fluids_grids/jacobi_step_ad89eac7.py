import warp as wp


@wp.kernel
def jacobi_step(pressure: wp.array2d[float], div: wp.array2d[float], p1: wp.array2d[float]):
    i, j = wp.tid()
    if i > 0 and i < pressure.shape[0] - 1 and j > 0 and j < pressure.shape[1] - 1:
        p1[i, j] = (pressure[i - 1, j] + pressure[i + 1, j] + pressure[i, j - 1] + pressure[i, j + 1] - div[i, j]) * 0.25
