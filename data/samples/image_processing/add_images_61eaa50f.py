import warp as wp


@wp.kernel
def add_images(
    img: wp.array2d(dtype=float),
    frame_b: wp.array2d(dtype=float),
    dst: wp.array2d(dtype=float),
):
    """Pixel-wise difference of two images."""
    i, j = wp.tid()
    c = img[i, j]
    dst[i, j] = c - frame_b[i, j]
