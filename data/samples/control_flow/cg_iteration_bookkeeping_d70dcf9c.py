import warp as wp


class SolverStatus:
    RUNNING = wp.constant(0)
    CONVERGED = wp.constant(1)
    MAX_ITERATIONS = wp.constant(2)


RESIDUAL_HISTORY = wp.constant(32)


@wp.kernel(enable_backward=False)
def cg_iteration_bookkeeping(
    b_norm_sq: wp.array[float],
    tol: float,
    max_iters: wp.int32,
    residual_history: wp.array[float],
    cg_scalars: wp.array[float],
    r_dot_z: wp.array[float],
    rz_new: wp.array[float],
    residual_norm_sq: wp.array[float],
    iteration: wp.array[wp.int32],
    status: wp.array[wp.int32],
):
    if status[0] != SolverStatus.RUNNING:
        return
    it = iteration[0]
    rz_old = r_dot_z[0]
    rz_next = rz_new[0]
    cg_scalars[1] = rz_next / rz_old
    r_dot_z[0] = rz_next
    rz_new[0] = 0.0
    res_sq = residual_norm_sq[0]
    residual_norm_sq[0] = 0.0
    residual_history[it % RESIDUAL_HISTORY] = wp.sqrt(res_sq)
    if res_sq <= tol * tol * b_norm_sq[0]:
        status[0] = SolverStatus.CONVERGED
    elif it + 1 >= max_iters:
        status[0] = SolverStatus.MAX_ITERATIONS
    iteration[0] = it + 1
