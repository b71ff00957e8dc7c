import warp as wp


@wp.kernel
def copy_scaled(
    features: wp.array4d[wp.float64],
    gains: wp.array4d[wp.float64],
    bias: wp.float64,
    output: wp.array4d[wp.float64],
):
    n, c, y, x = wp.tid()
    a = features[n, c, y, x]
    gain = gains[n, c, y, x]
    output[n, c, y, x] = bias + gain * a
