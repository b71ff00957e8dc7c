import warp as wp


@wp.kernel
def rescale_tensor(gain: wp.float64, bias: wp.float64, inputs: wp.array4d[wp.float64]):
    n, c, y, x = wp.tid()
    a = inputs[n, c, y, x]
    inputs[n, c, y, x] = a * gain + bias
