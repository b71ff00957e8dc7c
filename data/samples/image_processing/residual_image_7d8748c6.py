import warp as wp


@wp.kernel
def residual_image(img: wp.array2d[wp.vec4], img_b: wp.array2d[wp.vec4], out: wp.array2d[wp.vec4]):
    """Pixel-wise difference of two images."""
    i, j = wp.tid()
    out[i, j] = img[i, j] - img_b[i, j]


@wp.kernel
def tone_adjust(src: wp.array2d[float], k: float, img_out: wp.array2d[float]):
    i, j = wp.tid()
    p = src[i, j]
    img_out[i, j] = p * wp.pow(2.0, k)


@wp.kernel
def highlight_mask(
    particle_flags: wp.array2d[wp.int32],
    pixels: wp.array2d[wp.vec3],
    mask: wp.array2d[float],
):
    i, j = wp.tid()
    if particle_flags[i, j] != 1:
        return
    c = pixels[i, j]
    luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)
    l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)
    if l_star >= 0.5:
        mask[i, j] = 1.0
    else:
        mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, l_star)
