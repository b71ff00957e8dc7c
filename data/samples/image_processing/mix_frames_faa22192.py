import warp as wp


@wp.func
def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):
    return wp.dot(p, n) - offset


@wp.kernel
def mix_frames(
    foreground: wp.array2d[wp.vec4],
    background: wp.array2d[wp.vec4],
    positions: wp.array2d[wp.vec3],
    result: wp.array2d[wp.vec4],
    ground_normal: wp.vec3,
    plane_offset: float,
    sigma: float,
):
    """out = a * w + b * (1 - w) per pixel."""
    i, j = wp.tid()
    px = foreground[i, j]
    x = positions[i, j]
    sdf = plane_sdf(x, ground_normal, plane_offset)
    w = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))
    result[i, j] = px * w + background[i, j] * (1.0 - w)
