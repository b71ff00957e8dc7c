import warp as wp


@wp.kernel
def convolve3x3(image: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    y, x = wp.tid()
    h = image.shape[0]
    w = image.shape[1]
    pixel = image[y, x]
    conv = float(0.0)
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            yy = wp.clamp(y + dy, 0, h - 1)
            xx = wp.clamp(x + dx, 0, w - 1)
            conv += image[yy, xx] * weights[dy + 1, dx + 1]
    out[y, x] = conv + pixel
