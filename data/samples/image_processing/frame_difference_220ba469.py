import warp as wp


@wp.kernel
def frame_difference(
    src: wp.array2d[wp.float64],
    frame_b: wp.array2d[wp.float64],
    result: wp.array2d[wp.float64],
):
    """Pixel-wise difference of two images."""
    i, j = wp.tid()
    px = src[i, j]
    result[i, j] = px - frame_b[i, j]
