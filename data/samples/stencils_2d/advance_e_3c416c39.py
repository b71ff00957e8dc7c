import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def advance_e(
    hx: wp.array2d[float],
    hy: wp.array2d[float],
    courant: float,
    source_i: wp.int32,
    source_j: wp.int32,
    amplitude: float,
    frequency: float,
    time: float,
    e_z: wp.array2d[float],
):
    i, j = wp.tid()
    if i == 0 or j == 0:
        return
    curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])
    e = e_z[i, j] + courant * curl
    if i == source_i and j == source_j:
        s = amplitude * wp.sin(TWO_PI * frequency * time)
        e = s
    e_z[i, j] = e
