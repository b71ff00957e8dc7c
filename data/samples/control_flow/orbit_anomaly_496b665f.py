import warp as wp


MAX_NEWTON_ITERS = wp.constant(16)


@wp.kernel
def orbit_anomaly(
    mean_anom: wp.array[float],
    eccentricity: float,
    tol: float,
    roots: wp.array[float],
    iterations: wp.array[int],
):
    tid = wp.tid()
    e = wp.clamp(eccentricity, 0.0, 0.99)
    E = mean_anom[tid]
    if e > 0.8:
        E = wp.pi  # a safer start for very eccentric orbits
    used = int(MAX_NEWTON_ITERS)
    for it in range(MAX_NEWTON_ITERS):
        f = E - e * wp.sin(E) - mean_anom[tid]
        if wp.abs(f) < tol:
            used = it
            break
        E = E - f / (1.0 - e * wp.cos(E))
    roots[tid] = E
    iterations[tid] = used
