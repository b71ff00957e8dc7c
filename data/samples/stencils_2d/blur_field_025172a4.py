import warp as wp


@wp.kernel
def blur_field(field: wp.array2d(dtype=float), alpha: float, out: wp.array2d(dtype=float)):
    i, j = wp.tid()
    rows = field.shape[0]
    cols = field.shape[1]
    center = field[i, j]
    north = field[wp.max(i - 1, 0), j]
    south = field[wp.min(i + 1, rows - 1), j]
    west = field[i, wp.max(j - 1, 0)]
    east = field[i, wp.min(j + 1, cols - 1)]
    q_total = wp.normalize(wp.quat_from_axis_angle(wp.normalize(wp.vec3(0.75, 0.5, 1.0)), north) * (wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 1.5) * alpha))
    q_factor = wp.mat33()
    r_2 = wp.mat33()
    wp.qr3(wp.mat33(0.75, 0.1, 2.0, 1.5, 0.1, 1.0, 1.5, 2.0, 3.0) * north, q_factor, r_2)
    upper = q_factor * r_2
    if wp.tan(center) > east:
        composed = wp.vec3(north, wp.sin(alpha), south / wp.max(wp.abs(east), 1.0e-6))
        response = wp.identity(n=3, dtype=float) * wp.length(composed)
    else:
        response = upper
    budget = float(0.0)
    for step in range(wp.min(wp.abs(i), 8)):
        u_2 = wp.mat33()
        sigma = wp.vec3()
        v_2 = wp.mat33()
        wp.svd3(response, u_2, sigma, v_2)
        rotation_part = u_2 * wp.diag(sigma) * wp.transpose(v_2)
        budget += wp.abs(float(step) + wp.trace(rotation_part))
        if budget > center:
            break
    out[i, j] = center + alpha * (north + south + east + west - 4.0 * center) + (wp.length(q_total) + budget)
