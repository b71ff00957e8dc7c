import warp as wp


@wp.func
def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):
    return wp.dot(p, n) - offset


@wp.func
def soft_inside(d: float, sigma: float):
    return 0.5 * (1.0 - wp.erf(d / (1.41421356 * sigma)))


@wp.kernel
def alpha_blend(
    image: wp.array2d[float],
    background: wp.array2d[float],
    positions: wp.array2d[wp.vec3],
    ground_normal: wp.vec3,
    ground_height: float,
    sigma: float,
    output: wp.array2d[float],
):
    i, j = wp.tid()
    c_b = background[i, j]
    x = positions[i, j]
    sdf = plane_sdf(x, ground_normal, ground_height)
    alpha = soft_inside(sdf, sigma)
    output[i, j] = wp.lerp(c_b, image[i, j], alpha)


@wp.kernel
def add_images(img_b: wp.array2d[wp.vec3], foreground: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    px = foreground[i, j]
    c_b = img_b[i, j]
    foreground[i, j] = px + c_b


@wp.kernel
def adjust_pixels(gray: wp.array2d[float], amount: float, result: wp.array2d[float]):
    """One tone adjustment per pixel."""
    i, j = wp.tid()
    p = gray[i, j]
    result[i, j] = (1.0 - p) * amount
