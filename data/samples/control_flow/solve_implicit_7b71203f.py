import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel
def solve_implicit(
    targets: wp.array(dtype=float),
    weights: wp.array(dtype=float),
    tol: float,
    solution: wp.array(dtype=float),
    num_iters: wp.array(dtype=int),
):
    """Solve x = cos(x) + q by damped fixed-point iteration until the update is below tol."""
    tid = wp.tid()
    w = weights[tid]
    # the map is a contraction, and damping by omega in (0, 1] keeps it one
    omega = wp.clamp(w, 0.1, 1.0)
    x = targets[tid]
    delta = float(1.0)
    it = int(0)
    while delta > tol and it < MAX_ITERS:
        x_next = (1.0 - omega) * x + omega * (wp.cos(x) + targets[tid])
        delta = wp.abs(x_next - x)
        x = x_next
        it += 1
    solution[tid] = x
    num_iters[tid] = it
