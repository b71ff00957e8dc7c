import warp as wp


class SolverStatus:
    RUNNING = wp.constant(0)
    CONVERGED = wp.constant(1)
    MAX_ITERATIONS = wp.constant(2)
    BREAKDOWN = wp.constant(3)


@wp.kernel(enable_backward=False)
def cg_iteration_bookkeeping(
    b_norm_sq: wp.array[float],
    max_iterations: int,
    cg_scalars: wp.array[float],
    rz: wp.array[float],
    p_dot_ap: wp.array[float],
    r_norm_sq: wp.array[float],
    cg_iteration: wp.array[int],
    solver_status: wp.array[int],
):
    if solver_status[0] != SolverStatus.RUNNING:
        return
    it = cg_iteration[0]
    rz_old = rz[0]
    pap = p_dot_ap[0]
    # p^T A p vanishes: the search direction is lost
    if wp.abs(pap) < 1.0e-20:
        solver_status[0] = SolverStatus.BREAKDOWN
        return
    cg_scalars[0] = rz_old / pap
    p_dot_ap[0] = 0.0
    res_sq = r_norm_sq[0]
    r_norm_sq[0] = 0.0
    if res_sq <= 1.0e-5 * 1.0e-5 * b_norm_sq[0]:
        solver_status[0] = SolverStatus.CONVERGED
    elif it + 1 >= max_iterations:
        solver_status[0] = SolverStatus.MAX_ITERATIONS
    cg_iteration[0] = it + 1
