import warp as wp


@wp.kernel
def add_images(
    image: wp.array2d[wp.float64],
    background: wp.array2d[wp.float64],
    dst: wp.array2d[wp.float64],
):
    i, j = wp.tid()
    c_b = background[i, j]
    dst[i, j] = image[i, j] + c_b
