import warp as wp


@wp.kernel
def rescale_tensor(
    act: wp.array4d(dtype=wp.float64),
    scales: wp.array4d(dtype=wp.float64),
    out: wp.array4d(dtype=wp.float64),
    offset: wp.float64,
):
    n, c, y, x = wp.tid()
    a = act[n, c, y, x]
    gain = scales[n, c, y, x]
    out[n, c, y, x] = offset + gain * a
