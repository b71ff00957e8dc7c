import warp as wp


@wp.kernel
def normalize_input(inputs: wp.array4d[float], gain: float, offset: float):
    n, c, y, x = wp.tid()
    v = inputs[n, c, y, x]
    inputs[n, c, y, x] = v * gain + offset
