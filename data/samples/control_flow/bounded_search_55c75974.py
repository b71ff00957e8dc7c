import warp as wp


@wp.kernel
def bounded_search(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):
    tid = wp.tid()
    x0 = values[tid]
    reps = wp.clamp(counts[tid], 0, 16)
    state = x0
    for it in range(reps):
        tier_val = float(0.0)
        if x0 < -float(0.5):
            tier_val = x0
        elif x0 < float(0.5):
            tier_val = wp.asin(wp.clamp(x0, -0.99, 0.99))
        else:
            tier_val = x0
        piecewise = float(0.0)
        if tier_val < -x0:
            piecewise = wp.max(tier_val, x0)
        elif tier_val < x0:
            piecewise = x0
        else:
            piecewise = wp.smoothstep(0.0, 1.0, x0)
        piecewise_2 = float(0.0)
        if piecewise < -(tier_val + x0):
            piecewise_2 = piecewise
        elif piecewise < (tier_val + x0):
            piecewise_2 = x0
        else:
            piecewise_2 = piecewise
        lo = float(piecewise)
        hi = float(x0 * tier_val)
        if lo > hi:
            lo = x0 * tier_val
            hi = piecewise
        range_width = hi - lo
        state = 0.9 * state + 0.1 * wp.tanh((piecewise_2 + range_width) + float(it))
    out[tid] = state
