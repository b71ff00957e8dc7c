import warp as wp


@wp.kernel
def blur_rows(
    image: wp.array2d(dtype=wp.vec4),
    weights: wp.array(dtype=float),
    out: wp.array2d(dtype=wp.vec4),
):
    """Horizontal Gaussian blur with clamped borders; run again on the transpose for 2D."""
    i, j = wp.tid()
    radius = weights.shape[0] // 2
    total = wp.vec4(0.0)
    for k in range(2 * radius + 1):
        offset = k - radius
        x = wp.clamp(i + offset, 0, image.shape[0] - 1)
        w = weights[offset + radius]
        total += image[x, j] * w
    out[i, j] = total
