import warp as wp


@wp.kernel
def scale_channels(inputs: wp.array4d(dtype=float), gamma: wp.array(dtype=float)):
    n, c, y, x = wp.tid()
    v = inputs[n, c, y, x]
    inputs[n, c, y, x] = v * gamma[c]
