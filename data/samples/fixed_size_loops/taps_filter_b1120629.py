import warp as wp


TAPS = wp.constant(5)


@wp.kernel
def taps_filter(signal: wp.array(dtype=float), coeffs: wp.array(dtype=float), out: wp.array(dtype=float)):
    tid = wp.tid()
    x = signal[tid]
    acc = float(0.0)
    for k in range(wp.static(TAPS)):
        idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)
        acc += coeffs[k % coeffs.shape[0]] * signal[idx]
    iterate = float(acc)
    iters = int(0)
    while iters < 3:
        iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters))
        iters += 1
    basis = wp.matrix_from_rows(wp.vec3(0.1, 1.0, 3.0), wp.vec3(0.1, 0.25, 2.0), wp.lerp(wp.vec3(0.75, 0.01, 0.5), wp.vec3(0.75, 1.0, 0.25), wp.clamp(x, 0.0, 1.0)))
    sym_part = wp.transpose(wp.identity(n=2, dtype=float) * x) * wp.transpose((wp.mat22(1.5, 2.0, 0.01, 2.0) * acc) * x)
    running = wp.vec3(0.0)
    for k_2 in range(wp.min(wp.abs(tid), 16)):
        separation = wp.length(wp.lerp(wp.vec3(0.9, 3.0, 4.0), wp.vec3(1.5, 0.9, 10.0), wp.clamp(x, 0.0, 1.0)) - wp.lerp(wp.vec3(2.0, 3.0, 0.9), wp.vec3(1.5, 10.0, 1.5), wp.clamp(acc, 0.0, 1.0)))
        running += wp.vec3(float(k_2)) + wp.vec3(separation)
    triple = wp.vec3(wp.atan2(x, iterate), acc, iterate if 2.0 < 10.0 else x)
    span = running
    out[tid] = wp.determinant(basis) + wp.determinant(sym_part) + wp.length(triple) + wp.length(span)
