import warp as wp


RESIDUAL_HISTORY = wp.constant(32)


class SolverStatus:
    RUNNING = wp.constant(0)
    CONVERGED = wp.constant(1)
    MAX_ITERATIONS = wp.constant(2)
    BREAKDOWN = wp.constant(3)


@wp.kernel
def csr_row_products(
    row_offsets: wp.array(dtype=wp.int32),
    col_indices: wp.array(dtype=wp.int32),
    nnz_values: wp.array(dtype=float),
    x_in: wp.array(dtype=float),
    row_fixed: wp.array(dtype=wp.int32),
    row_count: wp.int32,
    y_out: wp.array(dtype=float),
):
    row = wp.tid()
    if row >= row_count:
        return
    if row_fixed[row] != 0:
        y_out[row] = x_in[row]
        return
    Ax = float(0.0)
    for k in range(row_offsets[row], row_offsets[row + 1]):
        col = col_indices[k]
        a_k = nnz_values[k]
        Ax += a_k * x_in[col]
    y_out[row] = Ax


@wp.kernel(enable_backward=False)
def advance_cg_state(
    max_iterations: wp.int32,
    residual_log: wp.array(dtype=float),
    min_residual_sq: wp.array(dtype=float),
    best_iter: wp.array(dtype=wp.int32),
    step_coeffs: wp.array(dtype=float),
    rz: wp.array(dtype=float),
    rz_new: wp.array(dtype=float),
    residual_norm_sq: wp.array(dtype=float),
    iteration: wp.array(dtype=wp.int32),
    status: wp.array(dtype=wp.int32),
):
    if status[0] != SolverStatus.RUNNING:
        return
    it = iteration[0]
    rz_old = rz[0]
    rz_next = rz_new[0]
    if rz_old == 0.0:
        status[0] = SolverStatus.BREAKDOWN
        return
    step_coeffs[1] = rz_next / rz_old
    rz[0] = rz_next
    rz_new[0] = 0.0
    res_sq = residual_norm_sq[0]
    residual_norm_sq[0] = 0.0
    residual_log[it % RESIDUAL_HISTORY] = wp.sqrt(res_sq)
    # the iterate with the smallest residual is the one returned
    if res_sq < min_residual_sq[0]:
        min_residual_sq[0] = res_sq
        best_iter[0] = it
    if res_sq <= 1.0e-6 * 1.0e-6:
        status[0] = SolverStatus.CONVERGED
    elif it + 1 >= max_iterations:
        status[0] = SolverStatus.MAX_ITERATIONS
    iteration[0] = it + 1


@wp.kernel
def diag_scale_residual(
    other: wp.array(dtype=wp.vec3),
    vectors: wp.array(dtype=wp.vec3),
    shift: wp.vec3,
):
    tid = wp.tid()
    d = wp.get_diag(wp.outer(shift, shift))
    scaled = wp.vec3()
    for k in range(3):
        if wp.abs(d[k]) > 1.0e-6:
            scaled[k] = other[tid][k] / d[k]
    vectors[tid] = scaled


@wp.kernel
def l2_norm_sq(a: wp.array(dtype=wp.vec4), sum_out: wp.array(dtype=float)):
    tid = wp.tid()
    wp.atomic_add(sum_out, 0, wp.length_sq(a[tid]))
