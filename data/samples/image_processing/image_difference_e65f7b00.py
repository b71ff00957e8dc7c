import warp as wp


@wp.kernel
def image_difference(img_b: wp.array2d[wp.float64], src: wp.array2d[wp.float64]):
    i, j = wp.tid()
    c = src[i, j]
    c_b = img_b[i, j]
    src[i, j] = c + c_b
