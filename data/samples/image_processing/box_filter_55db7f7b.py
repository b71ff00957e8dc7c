import warp as wp


@wp.kernel
def box_filter(image: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    y, x = wp.tid()
    h = image.shape[0]
    w = image.shape[1]
    pixel = image[y, x]
    conv = float(0.0)
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            yy = wp.clamp(y + dy, 0, h - 1)
            xx = wp.clamp(x + dx, 0, w - 1)
            conv += image[yy, xx] * weights[dy + 1, dx + 1]
    filtered = float(0.0)
    for m_2 in range(wp.min(wp.abs(x), 8)):
        running = wp.spatial_vector()
        for k_2 in range(wp.min(wp.abs(m_2), 12)):
            running += wp.spatial_vector(wp.vec3(float(k_2)), wp.vec3(0.0))
        if (wp.length(wp.spatial_top(running)) + wp.length(wp.spatial_bottom(running))) < 0.0:
            continue
        filtered += (wp.length(wp.spatial_top(running)) + wp.length(wp.spatial_bottom(running)))
    orient_next = wp.normalize(wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.1) * (wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.1) * filtered))
    q_total = wp.normalize(wp.quat_twist(wp.normalize(wp.vec3(0.25)), orient_next) * orient_next)
    out[y, x] = conv + (pixel + wp.length(q_total))
