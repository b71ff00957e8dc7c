import warp as wp


@wp.kernel
def mix_frames(
    img: wp.array2d[float],
    img_b: wp.array2d[float],
    out: wp.array2d[float],
    alpha: float,
):
    i, j = wp.tid()
    c_b = img_b[i, j]
    out[i, j] = wp.lerp(c_b, img[i, j], alpha)


@wp.func
def contrast_prev(c: wp.vec3, k: float):
    return (c - wp.vec3(0.5)) * k + wp.vec3(0.5)


@wp.kernel
def grade_image(active: wp.array2d[int], contrast: float, src: wp.array2d[wp.vec3]):
    """Per-pixel tone and color adjustment of an RGB image."""
    i, j = wp.tid()
    if active[i, j] == 0:
        return
    c = src[i, j]
    rgb = contrast_prev(c, contrast)
    src[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))
