import warp as wp


@wp.kernel
def separable_blur(image: wp.array2d[wp.vec4], weights: wp.array[float], tmp: wp.array2d[wp.vec4]):
    i, j = wp.tid()
    radius = weights.shape[0] // 2
    total = wp.vec4(0.0)
    for k in range(2 * radius + 1):
        offset = k - radius
        x = wp.clamp(i + offset, 0, image.shape[0] - 1)
        w = weights[offset + radius]
        total += image[x, j] * w
    tmp[i, j] = total
