import warp as wp


@wp.kernel
def conv_depthwise(
    activations: wp.array4d[float],
    filters: wp.array3d[float],
    out: wp.array4d[float],
):
    """Each channel convolved with its own square filter (stride 1, same padding)."""
    n, c, y, x = wp.tid()
    height = activations.shape[2]
    width = activations.shape[3]
    # square filters of odd size k
    k = filters.shape[1]
    r = k // 2
    acc = float(0.0)
    for ky in range(k):
        for kx in range(k):
            # replicate the edge pixels
            yy = wp.clamp(y + ky - r, 0, height - 1)
            xx = wp.clamp(x + kx - r, 0, width - 1)
            acc += filters[c, ky, kx] * activations[n, c, yy, xx]
    out[n, c, y, x] = acc
