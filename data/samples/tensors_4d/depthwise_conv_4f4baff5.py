import warp as wp


@wp.kernel
def depthwise_conv(
    features: wp.array4d(dtype=float),
    weights: wp.array3d(dtype=float),
    outputs: wp.array4d(dtype=float),
):
    n, c, y, x = wp.tid()
    height = features.shape[2]
    width = features.shape[3]
    acc = float(0.0)
    for ky in range(3):
        for kx in range(3):
            yy = y + ky - 1
            xx = x + kx - 1
            if yy >= 0 and yy < height and xx >= 0 and xx < width:
                acc += weights[c, ky, kx] * features[n, c, yy, xx]
    outputs[n, c, y, x] = acc
