import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel
def solve_implicit(
    targets: wp.array[float],
    weights: wp.array[float],
    roots: wp.array[float],
    iters_used: wp.array[int],
):
    """While loop with a convergence test and an iteration cap."""
    tid = wp.tid()
    target = targets[tid]
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
