import warp as wp


@wp.func
def capsule_sdf(p: wp.vec3, radius: float, half_height: float):
    # capsule along the local y axis
    axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)
    return wp.length(p - axis_point) - radius


@wp.kernel
def composite(
    img_b: wp.array2d[wp.vec4],
    local_points: wp.array2d[wp.vec3],
    half_heights: wp.array2d[float],
    radius: float,
    std_dev: float,
    img: wp.array2d[wp.vec4],
):
    i, j = wp.tid()
    c = img[i, j]
    c_b = img_b[i, j]
    p_local = local_points[i, j]
    sdf = capsule_sdf(p_local, radius, half_heights[i, j])
    alpha = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * std_dev)))
    img[i, j] = c_b + (c - c_b) * alpha
