import warp as wp


@wp.kernel
def affine_tensor(
    inputs: wp.array4d(dtype=wp.float16),
    biases: wp.array4d(dtype=wp.float16),
    scale: wp.float16,
    out: wp.array4d(dtype=wp.float16),
):
    n, c, y, x = wp.tid()
    a = inputs[n, c, y, x]
    bias = biases[n, c, y, x]
    out[n, c, y, x] = bias + scale * a
