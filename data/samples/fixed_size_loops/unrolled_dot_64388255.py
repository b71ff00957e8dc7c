import warp as wp


TAPS = wp.constant(5)


@wp.kernel
def unrolled_dot(signal: wp.array(dtype=float), coeffs: wp.array(dtype=float), out: wp.array(dtype=float)):
    tid = wp.tid()
    x = signal[tid]
    acc = float(0.0)
    for k in range(wp.static(TAPS)):
        idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)
        acc += coeffs[k % coeffs.shape[0]] * signal[idx]
    out[tid] = x
