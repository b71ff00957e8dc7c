import warp as wp


@wp.kernel
def bias_activation(inputs: wp.array4d(dtype=float), out: wp.array4d(dtype=float)):
    n, c, y, x = wp.tid()
    out[n, c, y, x] = wp.tanh(inputs[n, c, y, x])
