import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel
def relax_until_converged(
    flags: wp.array[int],
    weights: wp.array[float],
    target: float,
    roots: wp.array[float],
    iters_used: wp.array[int],
):
    """Solve x = cos(x) + q by damped fixed-point iteration until the update is below tol."""
    tid = wp.tid()
    if flags[tid] == 0:
        return
    w = weights[tid]
    # the map is a contraction, and damping by omega in (0, 1] keeps it one
    omega = wp.clamp(w, 0.1, 1.0)
    x = target
    delta = float(1.0)
    it = int(0)
    while delta > 1.0e-5 and it < MAX_ITERS:
        x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)
        delta = wp.abs(x_next - x)
        x = x_next
        it += 1
    roots[tid] = x
    iters_used[tid] = it
