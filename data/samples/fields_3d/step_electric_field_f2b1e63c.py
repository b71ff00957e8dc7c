import warp as wp


@wp.kernel
def step_electric_field(
    hy: wp.array3d[float],
    hz: wp.array3d[float],
    frame: wp.array[wp.int32],
    dt_dx: float,
    src_i: wp.int32,
    src_j: wp.int32,
    src_k: wp.int32,
    mag: float,
    omega: float,
    dt: float,
    ex: wp.array3d[float],
):
    i, j, k = wp.tid()
    t = (float(frame[0]) + 0.5) * dt
    if j >= 1 and k >= 1:
        curl_x = (hz[i, j, k] - hz[i, j - 1, k]) - (hy[i, j, k] - hy[i, j, k - 1])
        if i == src_i and j == src_j and k == src_k:
            curl_x -= mag * wp.sin(omega * t)
        ex[i, j, k] = ex[i, j, k] + dt_dx * curl_x
