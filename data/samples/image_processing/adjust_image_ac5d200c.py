import warp as wp


@wp.kernel
def adjust_image(image: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), amount: float):
    i, j = wp.tid()
    p = image[i, j]
    dst[i, j] = wp.pow(wp.clamp(p, 0.0, 1.0), amount)
