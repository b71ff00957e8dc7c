import warp as wp


@wp.kernel
def alpha_blend(
    image: wp.array2d[wp.vec4],
    background: wp.array2d[wp.vec4],
    weights: wp.array2d[float],
    result: wp.array2d[wp.vec4],
):
    """out = a * w + b * (1 - w) per pixel."""
    i, j = wp.tid()
    c = image[i, j]
    bg = background[i, j]
    alpha = weights[i, j]
    result[i, j] = wp.lerp(bg, c, alpha)


@wp.kernel
def tonemap(pixels: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    inv_gamma = 1.0 / 2.2
    c = wp.max(pixels[i, j], wp.vec3(0.0))
    display = wp.vec3(wp.pow(c[0], inv_gamma), wp.pow(c[1], inv_gamma), wp.pow(c[2], inv_gamma))
    rgb = display
    pixels[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))


@wp.kernel
def adjust_image(gray: wp.array2d[float], amount: float, img_out: wp.array2d[float]):
    i, j = wp.tid()

    # exposure in stops
    img_out[i, j] = gray[i, j] * wp.pow(2.0, amount)


@wp.kernel
def extract_highlights(
    mask: wp.array2d[wp.int32],
    pixels: wp.array2d[wp.vec3],
    pixels_out: wp.array2d[wp.vec3],
):
    i, j = wp.tid()
    flag = mask[i, j]
    if flag != 1:
        return
    color = pixels[i, j]
    luma = wp.max(wp.dot(color, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)
    l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)
    knee = 0.5 * 0.5
    soft = wp.clamp(l_star - 0.5 + knee, 0.0, 2.0 * knee)
    soft = soft * soft / (4.0 * knee + 1.0e-4)
    contribution = wp.max(soft, l_star - 0.5) / wp.max(l_star, 1.0e-4)
    pixels_out[i, j] = color * contribution


@wp.kernel
def binarize(
    inv_masses: wp.array2d[float],
    pixels: wp.array2d[wp.vec3],
    cutoff: float,
    alpha_mask: wp.array2d[float],
):
    i, j = wp.tid()
    w = inv_masses[i, j]
    # zero inverse mass: kinematic, nothing to do
    if w == 0.0:
        return
    rgb = pixels[i, j]
    brightness = wp.max(rgb)
    if brightness >= cutoff:
        alpha_mask[i, j] = 1.0
    else:
        alpha_mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)
