import warp as wp


@wp.kernel
def runge_kutta_update(
    u_start: wp.array[float],
    state: wp.array[float],
    rhs: wp.array[float],
    u_next: wp.array[float],
    coeff1: float,
    c0: float,
    dt: float,
):
    """One substep of SSP-RK3: a convex combination of the start state, the current stage and the right-hand side."""
    tid = wp.tid()
    u0 = u_start[tid]
    u_next[tid] = coeff1 * u0 + c0 * (state[tid] + dt * rhs[tid])
