import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel
def iterate_to_convergence(
    targets: wp.array(dtype=float),
    solution: wp.array(dtype=float),
    num_iters: wp.array(dtype=int),
    alpha: float,
    tolerance: float,
):
    """While loop with a convergence test and an iteration cap."""
    tid = wp.tid()
    target = targets[tid]
    # the map is a contraction, and damping by omega in (0, 1] keeps it one
    omega = wp.clamp(alpha, 0.1, 1.0)
    x = target
    delta = float(1.0)
    it = int(0)
    while delta > tolerance and it < MAX_ITERS:
        x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)
        delta = wp.abs(x_next - x)
        x = x_next
        it += 1
    solution[tid] = x
    num_iters[tid] = it
