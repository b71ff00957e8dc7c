import warp as wp


@wp.kernel
def adjust_image(img: wp.array2d[wp.float64], strength: wp.float64, result: wp.array2d[wp.float64]):
    i, j = wp.tid()
    p = img[i, j]
    result[i, j] = (wp.float64(1.0) - p) * strength
