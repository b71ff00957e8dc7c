import warp as wp


@wp.kernel
def segment_scan(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):
    r = wp.tid()
    carry = float(0.0)
    for c in range(rows.shape[1]):
        carry = carry + rows[r, c]
        prefix[r, c] = carry
    sum_val = wp.mat22(0.0)
    for k_2 in range(wp.min(wp.abs(r), 12)):
        if (carry * 4.0) > carry:
            triple = wp.vec3(carry, float(0.1), float(3.0))
            chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.length(triple))
        else:
            chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 4.0)
        orient = chosen
        sum_val += wp.identity(n=2, dtype=float) * float(k_2) + wp.identity(n=2, dtype=float) * wp.length(orient)
    slot = ((wp.abs(r) % 1024) * 31 + wp.abs(int(6)) % 1024) % 4096
    if carry > float(0.1):
        corrected = wp.quat(wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), 1.0) * (carry + 0.25))
        if wp.isnan(carry):
            corrected = corrected + wp.quat_from_axis_angle(wp.normalize(wp.vec3(3.0, 3.0, 4.0)), carry)
        response = wp.length(corrected)
    else:
        phase = carry
        response = phase
    totals[r] = carry + (wp.trace(sum_val) + float(slot) + response)
