import warp as wp


class ConstraintKind:
    DISTANCE = wp.constant(0)
    TETHER = wp.constant(1)
    MIN_DISTANCE = wp.constant(2)


class SolverStatus:
    RUNNING = wp.constant(0)
    CONVERGED = wp.constant(1)
    MAX_ITERATIONS = wp.constant(2)
    BREAKDOWN = wp.constant(3)


@wp.kernel(enable_backward=False)
def project_color_constraints(
    color_constraints: wp.array(dtype=wp.int32),
    constraint_indices: wp.array(dtype=wp.int32),
    constraint_type: wp.array(dtype=wp.int32),
    rest_distance: wp.array(dtype=float),
    compliance: wp.array(dtype=float),
    inv_masses: wp.array(dtype=float),
    color_offset: wp.int32,
    color_count: wp.int32,
    delta_time: float,
    positions: wp.array(dtype=wp.vec3),
    lambdas: wp.array(dtype=float),
    deltas: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    if tid >= color_count:
        return
    c = color_constraints[color_offset + tid]
    a = constraint_indices[2 * c]
    b = constraint_indices[2 * c + 1]
    w_a = inv_masses[a]
    w_b = inv_masses[b]
    w_sum = w_a + w_b
    if w_sum == 0.0:
        return
    x_a = positions[a]
    x_b = positions[b]
    d = x_a - x_b
    length = wp.length(d)
    if length < 1.0e-6:
        return
    err = length - rest_distance[c]
    kind = constraint_type[c]
    if kind == ConstraintKind.TETHER:
        err = wp.max(err, 0.0)
    elif kind == ConstraintKind.MIN_DISTANCE:
        err = wp.min(err, 0.0)
    elif kind != ConstraintKind.DISTANCE:
        return
    n = d / length
    alpha_tilde = compliance[c] / (delta_time * delta_time)
    lam = lambdas[c]
    d_lambda = (-err - alpha_tilde * lam) / (w_sum + alpha_tilde)
    lambdas[c] = lam + d_lambda
    corr = n * d_lambda
    wp.atomic_add(deltas, a, corr * w_a)
    wp.atomic_sub(deltas, b, corr * w_b)


@wp.kernel(enable_backward=False)
def cg_update_scalars(
    b_norm_sq: wp.array(dtype=float),
    step_coeffs: wp.array(dtype=float),
    r_dot_z: wp.array(dtype=float),
    rz_new: wp.array(dtype=float),
    residual_norm_sq: wp.array(dtype=float),
    iteration: wp.array(dtype=wp.int32),
    status: wp.array(dtype=wp.int32),
    restart_every: wp.int32,
):
    if status[0] != SolverStatus.RUNNING:
        return
    it = iteration[0]
    rz_old = r_dot_z[0]
    rz_next = rz_new[0]
    beta = rz_next / rz_old
    if (it + 1) % restart_every == 0:
        beta = 0.0
    step_coeffs[1] = beta
    r_dot_z[0] = rz_next
    rz_new[0] = 0.0
    res_sq = residual_norm_sq[0]
    residual_norm_sq[0] = 0.0
    if res_sq <= 1.0e-6 * 1.0e-6 * b_norm_sq[0]:
        status[0] = SolverStatus.CONVERGED
    iteration[0] = it + 1
