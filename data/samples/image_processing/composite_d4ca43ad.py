import warp as wp


@wp.kernel
def composite(other: wp.array2d[float], weights: wp.array2d[float], image: wp.array2d[float]):
    i, j = wp.tid()
    px = image[i, j]
    c_b = other[i, j]
    image[i, j] = c_b + (px - c_b) * weights[i, j]


@wp.kernel
def image_difference(other: wp.array2d[float], image: wp.array2d[float]):
    i, j = wp.tid()
    c = image[i, j]
    c_b = other[i, j]
    image[i, j] = c - c_b


@wp.kernel
def blur_pass(
    body_inv_mass: wp.array2d[float],
    pixels: wp.array2d[wp.vec4],
    kernel_weights: wp.array[float],
    blurred: wp.array2d[wp.vec4],
):
    """Horizontal Gaussian blur with clamped borders; run again on the transpose for 2D."""
    i, j = wp.tid()
    inv_m = body_inv_mass[i, j]
    # zero inverse mass: kinematic, nothing to do
    if inv_m == 0.0:
        return
    radius = (kernel_weights.shape[0] - 1) // 2
    total = wp.vec4(0.0)
    for k in range(2 * radius + 1):
        offset = k - radius
        x = wp.clamp(i + offset, 0, pixels.shape[0] - 1)
        w = kernel_weights[offset + radius]
        total += pixels[x, j] * w
    blurred[i, j] = total


@wp.kernel
def highlight_mask(
    particle_flags: wp.array2d[int],
    color: wp.array2d[wp.vec3],
    mask: wp.array2d[float],
):
    i, j = wp.tid()
    if particle_flags[i, j] != 1:
        return
    luma = wp.dot(color[i, j], wp.vec3(0.2126, 0.7152, 0.0722))
    if luma >= 0.5:
        mask[i, j] = 1.0
    else:
        mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, luma)


@wp.func
def reinhard_tonemap(c: wp.vec3, lum: float):
    return c / (1.0 + wp.max(lum, 0.0))


@wp.kernel
def apply_grading(color: wp.array2d[wp.vec3], result: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    c = color[i, j]

    # relative luminance
    lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))
    mapped = reinhard_tonemap(c, lum)
    rgb = mapped
    result[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))
