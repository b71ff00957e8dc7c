import warp as wp


@wp.kernel
def subtract_images(image: wp.array2d[wp.float64], background: wp.array2d[wp.float64]):
    """Pixel-wise difference of two images."""
    i, j = wp.tid()
    c_b = background[i, j]
    image[i, j] = image[i, j] - c_b
