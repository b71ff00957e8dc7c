import warp as wp


@wp.kernel
def adjust_pixels(img: wp.array2d[wp.float64], amount: wp.float64, out: wp.array2d[wp.float64]):
    i, j = wp.tid()
    px = img[i, j]
    out[i, j] = wp.pow(wp.clamp(px, wp.float64(0.0), wp.float64(1.0)), amount)
