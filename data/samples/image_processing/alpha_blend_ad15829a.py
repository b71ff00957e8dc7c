import warp as wp


@wp.func
def capsule_sdf(p: wp.vec3, radius: float, half_height: float):
    # capsule along the local y axis
    axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)
    return wp.length(p - axis_point) - radius


@wp.kernel
def alpha_blend(
    src: wp.array2d[float],
    background: wp.array2d[float],
    local_offset: wp.vec3,
    radius: float,
    capsule_half_height: float,
    sigma: float,
    out: wp.array2d[float],
):
    """out = a * w + b * (1 - w) per pixel."""
    i, j = wp.tid()
    c = src[i, j]
    bg = background[i, j]
    sdf = capsule_sdf(local_offset, radius, capsule_half_height)
    alpha = 0.5 * wp.erfc(sdf / (1.41421356 * sigma))
    out[i, j] = wp.lerp(bg, c, alpha)
