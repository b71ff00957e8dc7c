import warp as wp


@wp.kernel
def fdtd_update_e(
    hx: wp.array2d[float],
    hy: wp.array2d[float],
    courant: float,
    source_i: wp.int32,
    source_j: wp.int32,
    height_scale: float,
    freq: float,
    time: float,
    ez: wp.array2d[float],
):
    i, j = wp.tid()
    if i > 0 and j > 0:
        curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])
        e = ez[i, j] + courant * curl
        if i == source_i and j == source_j:
            s = height_scale * wp.sin(freq * time)
            e += s
        ez[i, j] = e
