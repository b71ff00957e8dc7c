import warp as wp


@wp.kernel
def binarize(image: wp.array2d[wp.vec3], mask: wp.array2d[float], luma_threshold: float):
    i, j = wp.tid()
    c = image[i, j]

    # perceptual brightness of the pixel
    lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))
    if lum >= luma_threshold:
        mask[i, j] = 1.0
    else:
        mask[i, j] = wp.smoothstep(0.5 * luma_threshold, luma_threshold, lum)
