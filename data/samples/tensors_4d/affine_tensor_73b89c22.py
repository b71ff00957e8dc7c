import warp as wp


@wp.kernel
def affine_tensor(inputs: wp.array4d(dtype=wp.float16), gain: wp.float16, shift: wp.float16):
    n, c, y, x = wp.tid()
    a = inputs[n, c, y, x]
    inputs[n, c, y, x] = (a - shift) * gain
