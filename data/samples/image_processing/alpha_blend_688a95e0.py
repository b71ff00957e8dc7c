import warp as wp


@wp.func
def soft_inside(d: float, sigma: float):
    return 0.5 * wp.erfc(d / (1.41421356 * sigma))


@wp.kernel
def alpha_blend(
    foreground: wp.array2d[wp.vec3],
    background: wp.array2d[wp.vec3],
    positions: wp.array2d[wp.vec3],
    plane_normal: wp.vec3,
    ground_height: float,
    sigma: float,
    result: wp.array2d[wp.vec3],
):
    """Blend two images with a constant weight."""
    i, j = wp.tid()
    c_b = background[i, j]
    x = positions[i, j]
    phi = wp.dot(x, plane_normal) - ground_height
    alpha = soft_inside(phi, sigma)
    result[i, j] = foreground[i, j] * alpha + c_b * (1.0 - alpha)
