import warp as wp


@wp.kernel
def mix_frames(
    image: wp.array2d(dtype=float),
    frame_b: wp.array2d(dtype=float),
    alpha: float,
    dst: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    bg = frame_b[i, j]
    dst[i, j] = bg + (image[i, j] - bg) * alpha
