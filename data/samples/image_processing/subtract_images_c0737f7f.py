import warp as wp


@wp.kernel
def subtract_images(
    image: wp.array2d(dtype=wp.vec3),
    other: wp.array2d(dtype=wp.vec3),
    result: wp.array2d(dtype=wp.vec3),
):
    """Combine two frames pixel by pixel."""
    i, j = wp.tid()
    c_b = other[i, j]
    result[i, j] = image[i, j] + c_b
