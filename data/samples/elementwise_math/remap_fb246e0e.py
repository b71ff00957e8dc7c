import warp as wp


@wp.kernel
def remap(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):
    i = wp.tid()
    value = values[i]
    relaxed = float(scale)
    iters = int(0)
    while iters < wp.min(wp.abs(i), 4):
        relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters))
        iters += 1
    piecewise = float(0.0)
    if value < -wp.clamp(relaxed, -scale, scale):
        piecewise = wp.where(True, value, scale)
    elif value < wp.clamp(relaxed, -scale, scale):
        if value > relaxed:
            q_factor = wp.mat33()
            r_2 = wp.mat33()
            wp.qr3(wp.identity(n=3, dtype=float) * relaxed, q_factor, r_2)
            qr_r = q_factor * r_2
            picked = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.trace(qr_r))
        else:
            picked = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), 0.75)
        piecewise = wp.length(picked)
    else:
        piecewise = value
    piecewise_2 = float(0.0)
    if relaxed < -scale:
        piecewise_2 = wp.max(scale, value)
    elif relaxed < scale:
        piecewise_2 = relaxed
    else:
        piecewise_2 = piecewise
    result[i] = piecewise_2
