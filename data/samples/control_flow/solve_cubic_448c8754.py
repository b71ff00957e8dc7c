import warp as wp


MAX_ITERS = wp.constant(48)
BOUND = wp.constant(4.0)


@wp.func
def cubic(x: float, p: float, q: float) -> float:
    return x * x * x + p * x - q


@wp.kernel
def solve_cubic(
    rhs: wp.array[float],
    stiffness: float,
    tol: float,
    roots: wp.array[float],
    iterations: wp.array[int],
):
    tid = wp.tid()
    target = rhs[tid]
    # k >= 0 keeps the cubic monotone, so it has a single root; |q| <= BOUND^3 puts it in the bracket
    p = wp.abs(stiffness)
    lo = float(-BOUND)
    hi = float(BOUND)
    f_lo = cubic(lo, p, target)
    used = int(MAX_ITERS)
    for it in range(MAX_ITERS):
        mid = 0.5 * (lo + hi)
        f_mid = cubic(mid, p, target)
        if (f_mid < 0.0) == (f_lo < 0.0):
            lo = mid
            f_lo = f_mid
        else:
            hi = mid
        if hi - lo < tol:
            used = it + 1
            break
    roots[tid] = 0.5 * (lo + hi)
    iterations[tid] = used
