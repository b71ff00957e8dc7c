import warp as wp


BLUR_RADIUS = wp.constant(3)


@wp.kernel
def separable_blur(
    active: wp.array2d(dtype=wp.int32),
    src: wp.array2d(dtype=wp.vec3),
    sigma: float,
    out: wp.array2d(dtype=wp.vec3),
):
    i, j = wp.tid()
    if active[i, j] == 0:
        return
    inv_two_sigma_sq = 1.0 / (2.0 * sigma * sigma)
    total = wp.vec3(0.0)
    weight_sum = float(0.0)
    for offset in range(-BLUR_RADIUS, BLUR_RADIUS + 1):
        x = wp.clamp(i + offset, 0, src.shape[0] - 1)
        w = wp.exp(-float(offset * offset) * inv_two_sigma_sq)
        total += src[x, j] * w
        weight_sum += w
    # renormalise: the weights need not sum to one
    out[i, j] = total / weight_sum
