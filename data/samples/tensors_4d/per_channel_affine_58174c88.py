import warp as wp


@wp.kernel
def per_channel_affine(
    features: wp.array4d[float],
    channel_scale: wp.array[float],
    out: wp.array4d[float],
):
    n, c, y, x = wp.tid()
    out[n, c, y, x] = channel_scale[c] * features[n, c, y, x]
