import warp as wp


@wp.kernel
def tag_cells(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):
    tid = wp.tid()
    value = values[tid]
    settled = float(value)
    iters = int(0)
    while iters < 2:
        settled = 0.5 * settled + 0.5 * wp.tanh(float(iters))
        iters += 1
    composed = wp.vec3(settled, value, float(0.5))
    running = wp.vec4(0.0)
    for k_2 in range(wp.min(wp.abs(tid), 12)):
        if wp.clamp(value, -settled, settled) > (value if 1.5 < 10.0 else settled):
            wp.atomic_min(sums, ((int(wp.argmax(composed)) % sums.shape[0]) + sums.shape[0]) % sums.shape[0], settled)
            response = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 10.0)
        else:
            response = wp.quat_identity()
        running += wp.vec4(float(k_2)) + wp.vec4(wp.length(response))
    scale_2 = value
    radius_2 = wp.length(-composed - (wp.mat33(2.0, 0.5, 3.0, 10.0, 4.0, 2.0, 0.75, 1.5, 0.9) * composed))
    raw = wp.length(running) + scale_2 + radius_2
    key = wp.where(wp.isfinite(raw), raw, 0.0)
    b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)
    wp.atomic_add(bins, b, 1)
    wp.atomic_add(sums, b, key)
