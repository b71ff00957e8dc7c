import warp as wp


@wp.kernel
def alpha_blend(
    img: wp.array2d[wp.vec3],
    img_b: wp.array2d[wp.vec3],
    weights: wp.array2d[float],
    out: wp.array2d[wp.vec3],
):
    """out = a * w + b * (1 - w) per pixel."""
    i, j = wp.tid()
    c = img[i, j]
    bg = img_b[i, j]
    w = weights[i, j]
    out[i, j] = c * w + bg * (1.0 - w)


@wp.kernel
def subtract_images(background: wp.array2d[float], src: wp.array2d[float]):
    i, j = wp.tid()
    px = src[i, j]
    src[i, j] = px + background[i, j]
