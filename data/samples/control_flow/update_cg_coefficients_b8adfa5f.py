import warp as wp


class SolverStatus:
    RUNNING = wp.constant(0)
    CONVERGED = wp.constant(1)
    MAX_ITERATIONS = wp.constant(2)
    BREAKDOWN = wp.constant(3)


RESIDUAL_HISTORY = wp.constant(32)


@wp.kernel(enable_backward=False)
def update_cg_coefficients(
    b_norm_sq: wp.array(dtype=float),
    residual_log: wp.array(dtype=float),
    best_residual_sq: wp.array(dtype=float),
    best_iteration: wp.array(dtype=wp.int32),
    step_coeffs: wp.array(dtype=float),
    rz: wp.array(dtype=float),
    rz_new: wp.array(dtype=float),
    pAp: wp.array(dtype=float),
    residual_norm_sq: wp.array(dtype=float),
    iter_count: wp.array(dtype=wp.int32),
    converged: wp.array(dtype=wp.int32),
    tolerance: float,
    iteration_limit: wp.int32,
):
    if converged[0] != SolverStatus.RUNNING:
        return
    it = iter_count[0]
    rz_old = rz[0]
    pap = pAp[0]
    # p^T A p vanishes: the search direction is lost
    if wp.abs(pap) < 1.0e-20:
        converged[0] = SolverStatus.BREAKDOWN
        return
    step_coeffs[0] = rz_old / pap
    pAp[0] = 0.0
    rz_next = rz_new[0]
    if rz_old == 0.0:
        converged[0] = SolverStatus.BREAKDOWN
        return
    step_coeffs[1] = rz_next / rz_old
    rz[0] = rz_next
    rz_new[0] = 0.0
    res_sq = residual_norm_sq[0]
    residual_norm_sq[0] = 0.0
    residual_log[it % RESIDUAL_HISTORY] = wp.sqrt(res_sq)
    # the iterate with the smallest residual is the one returned
    if res_sq < best_residual_sq[0]:
        best_residual_sq[0] = res_sq
        best_iteration[0] = it
    if res_sq <= tolerance * tolerance * b_norm_sq[0]:
        converged[0] = SolverStatus.CONVERGED
    elif it + 1 >= iteration_limit:
        converged[0] = SolverStatus.MAX_ITERATIONS
    iter_count[0] = it + 1
