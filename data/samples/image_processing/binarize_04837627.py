import warp as wp


@wp.kernel
def binarize(pixels: wp.array2d(dtype=wp.vec3), mask: wp.array2d(dtype=float), cutoff: float):
    i, j = wp.tid()
    brightness = wp.max(pixels[i, j])
    if brightness >= cutoff:
        mask[i, j] = 1.0
    else:
        mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)
