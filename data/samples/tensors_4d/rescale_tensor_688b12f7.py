import warp as wp


@wp.kernel
def rescale_tensor(inputs: wp.array4d(dtype=float), gain: float, offset: float):
    n, c, y, x = wp.tid()
    a = inputs[n, c, y, x]
    inputs[n, c, y, x] = a * gain + offset
