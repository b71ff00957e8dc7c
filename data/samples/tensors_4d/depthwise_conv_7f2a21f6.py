import warp as wp


@wp.kernel
def depthwise_conv(
    activations: wp.array4d(dtype=float),
    filters: wp.array3d(dtype=float),
    outputs: wp.array4d(dtype=float),
):
    """Depthwise convolution of an NCHW tensor (stride 1, same size output)."""
    n, c, y, x = wp.tid()
    height = activations.shape[2]
    width = activations.shape[3]
    # square filters of odd size k
    k = filters.shape[1]
    r = k // 2
    acc = float(0.0)
    for ky in range(k):
        for kx in range(k):
            yy = y + ky - r
            xx = x + kx - r
            if yy >= 0 and yy < height and xx >= 0 and xx < width:
                acc += filters[c, ky, kx] * activations[n, c, yy, xx]
    outputs[n, c, y, x] = acc
