import warp as wp


@wp.func
def sdf_sphere(p: wp.vec3, center: wp.vec3, radius: float):
    return wp.length(p - center) - radius


@wp.kernel
def alpha_blend(
    img_b: wp.array2d[wp.vec3],
    x: wp.array2d[wp.vec3],
    cutoff: wp.array[float],
    std_dev: wp.array[float],
    center: wp.vec3,
    img: wp.array2d[wp.vec3],
):
    i, j = wp.tid()
    sigma = std_dev[0]
    r = cutoff[0]
    color = img[i, j]
    c_b = img_b[i, j]
    sdf = sdf_sphere(x[i, j], center, r)
    t = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))
    img[i, j] = wp.lerp(c_b, color, t)


@wp.kernel
def subtract_images(
    foreground: wp.array2d[wp.vec4],
    background: wp.array2d[wp.vec4],
    dst: wp.array2d[wp.vec4],
):
    i, j = wp.tid()
    dst[i, j] = foreground[i, j] - background[i, j]


@wp.kernel
def adjust_image(image: wp.array2d[float], amount: wp.array[float], out: wp.array2d[float]):
    i, j = wp.tid()
    k = amount[0]
    p = image[i, j]
    # exposure in stops
    out[i, j] = p * wp.pow(2.0, k)


@wp.kernel
def highlight_mask(color: wp.array2d[wp.vec3], alpha_mask: wp.array2d[float]):
    i, j = wp.tid()
    c = color[i, j]

    # lightness from relative luminance
    lum = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)
    luma = wp.where(lum > 0.008856, 1.16 * wp.cbrt(lum) - 0.16, 9.033 * lum)
    if luma >= 0.5:
        alpha_mask[i, j] = 1.0
    else:
        alpha_mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, luma)


@wp.kernel
def gaussian_blur(
    color: wp.array2d[wp.vec3],
    kernel_weights: wp.array[float],
    tmp: wp.array2d[wp.vec3],
):
    i, j = wp.tid()

    # precomputed taps centred on the pixel; an even count leaves the last one out
    radius = (kernel_weights.shape[0] - 1) // 2
    total = wp.vec3(0.0)
    for offset in range(-radius, radius + 1):
        x = wp.clamp(i + offset, 0, color.shape[0] - 1)
        w = kernel_weights[offset + radius]
        total += color[x, j] * w
    tmp[i, j] = total
