import warp as wp


@wp.kernel
def separable_blur(
    src: wp.array2d[wp.vec4],
    weights: wp.array[float],
    blurred: wp.array2d[wp.vec4],
):
    i, j = wp.tid()
    radius = (weights.shape[0] - 1) // 2
    total = wp.vec4(0.0)
    for k in range(2 * radius + 1):
        offset = k - radius
        x = wp.clamp(i + offset, 0, src.shape[0] - 1)
        w = weights[offset + radius]
        total += src[x, j] * w
    blurred[i, j] = total
