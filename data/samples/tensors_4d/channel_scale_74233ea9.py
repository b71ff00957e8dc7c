import warp as wp


@wp.kernel
def channel_scale(gains: wp.array[wp.float64], inputs: wp.array4d[wp.float64]):
    n, c, y, x = wp.tid()
    a = inputs[n, c, y, x]
    inputs[n, c, y, x] = gains[c] * a
