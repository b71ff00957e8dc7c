import warp as wp


@wp.kernel
def alpha_blend(
    background: wp.array2d(dtype=float),
    weights: wp.array2d(dtype=float),
    foreground: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    w = weights[i, j]
    foreground[i, j] = wp.lerp(background[i, j], foreground[i, j], w)
