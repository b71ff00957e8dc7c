import warp as wp


@wp.kernel
def image_difference(frame_b: wp.array2d(dtype=wp.vec3), src: wp.array2d(dtype=wp.vec3)):
    i, j = wp.tid()
    px = src[i, j]
    src[i, j] = px + frame_b[i, j]
