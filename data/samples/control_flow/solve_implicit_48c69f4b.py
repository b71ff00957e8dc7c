import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel
def solve_implicit(roots: wp.array[float], num_iters: wp.array[int], target: float, alpha: float):
    tid = wp.tid()

    # the map is a contraction, and damping by omega in (0, 1] keeps it one
    omega = wp.clamp(alpha, 0.1, 1.0)
    x = target
    delta = float(1.0)
    it = int(0)
    while delta > 1.0e-5 and it < MAX_ITERS:
        x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)
        delta = wp.abs(x_next - x)
        x = x_next
        it += 1
    roots[tid] = x
    num_iters[tid] = it
