import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel
def relax_until_converged(
    targets: wp.array[float],
    weights: wp.array[float],
    x_out: wp.array[float],
    iterations: wp.array[int],
):
    """While loop with a convergence test and an iteration cap."""
    tid = wp.tid()
    w = weights[tid]
    # the map is a contraction, and damping by omega in (0, 1] keeps it one
    omega = wp.clamp(w, 0.1, 1.0)
    x = targets[tid]
    delta = float(1.0)
    it = int(0)
    while delta > 1.0e-6 and it < MAX_ITERS:
        x_next = (1.0 - omega) * x + omega * (wp.cos(x) + targets[tid])
        delta = wp.abs(x_next - x)
        x = x_next
        it += 1
    x_out[tid] = x
    iterations[tid] = it
