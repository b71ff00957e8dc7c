import warp as wp


@wp.kernel
def conv_bias(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):
    n, c, h, w = wp.tid()
    val = x[n, c, h, w]
    bias_c = bias[c % bias.shape[0]]
    if val > bias_c:
        if val > wp.dot(wp.vec2(3.0, 0.25), wp.vec2(10.0) * bias_c):
            gain_2 = wp.min(val, bias_c + 1.5)
            response = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), gain_2)
        else:
            response = wp.quat_identity()
        branch_val = int(wp.clamp(wp.where(wp.isfinite(wp.length(response)), wp.length(response), 0.0), 0.0, 100.0))
    else:
        unit = wp.normalize(wp.vec3(10.0, 3.0, 0.1) - (wp.vec3(1.0) * val))
        branch_val = int(wp.clamp(wp.where(wp.isfinite(wp.length(unit)), wp.length(unit), 0.0), 0.0, 100.0))
    slot = c
    masked_sum = float(0.0)
    for m_2 in range(wp.min(wp.abs(c), 16)):
        if bias_c > val:
            code_2 = wp.int64(wp.clamp(wp.where(wp.isfinite(bias_c), bias_c, 0.0), 0.0, 100.0))
            response_2 = float(code_2)
        else:
            response_2 = val
        if (float(m_2) + response_2) < 0.0:
            continue
        masked_sum += (float(m_2) + response_2)
    y[n, c, h, w] = float(branch_val) + float(slot) + masked_sum
