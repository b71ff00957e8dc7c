import warp as wp


MAX_NEWTON_ITERS = wp.constant(16)


@wp.kernel
def kepler_newton(
    mean_anomaly: wp.array[float],
    roots: wp.array[float],
    iters_used: wp.array[int],
    eccentricity: float,
):
    tid = wp.tid()
    e = wp.clamp(eccentricity, 0.0, 0.99)
    E = mean_anomaly[tid]
    if e > 0.8:
        E = wp.pi  # a safer start for very eccentric orbits
    used = int(MAX_NEWTON_ITERS)
    for it in range(MAX_NEWTON_ITERS):
        f = E - e * wp.sin(E) - mean_anomaly[tid]
        if wp.abs(f) < 1.0e-6:
            used = it
            break
        E = E - f / (1.0 - e * wp.cos(E))
    roots[tid] = E
    iters_used[tid] = used
