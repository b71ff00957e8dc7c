import warp as wp


@wp.kernel
def conv_depthwise(
    features: wp.array4d(dtype=float),
    weights: wp.array3d(dtype=float),
    beta: wp.array(dtype=float),
    outputs: wp.array4d(dtype=float),
):
    """Each channel convolved with its own square filter (stride 1, same padding)."""
    n, c, y, x = wp.tid()
    height = features.shape[2]
    width = features.shape[3]
    acc = beta[c]
    for ky in range(3):
        for kx in range(3):
            # replicate the edge pixels
            yy = wp.clamp(y + ky - 1, 0, height - 1)
            xx = wp.clamp(x + kx - 1, 0, width - 1)
            acc += weights[c, ky, kx] * features[n, c, yy, xx]
    inner = 0.7978845608 * (acc + 0.044715 * acc * acc * acc)
    y_val = 0.5 * acc * (1.0 + wp.tanh(inner))
    outputs[n, c, y, x] = y_val
