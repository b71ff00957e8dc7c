import warp as wp


@wp.kernel
def subtract_images(
    image: wp.array2d(dtype=wp.vec3),
    background: wp.array2d(dtype=wp.vec3),
    dst: wp.array2d(dtype=wp.vec3),
):
    """Combine two frames pixel by pixel."""
    i, j = wp.tid()
    c = image[i, j]
    dst[i, j] = c - background[i, j]
