import warp as wp


class ConstraintKind:
    DISTANCE = wp.constant(0)
    TETHER = wp.constant(1)
    MIN_DISTANCE = wp.constant(2)


@wp.kernel(enable_backward=False)
def solve_distance_constraints(
    sorted_constraints: wp.array(dtype=wp.int32),
    distance_pairs: wp.array(dtype=wp.int32),
    constraint_type: wp.array(dtype=wp.int32),
    rest_distance: wp.array(dtype=float),
    compliance: wp.array(dtype=float),
    inv_masses: wp.array(dtype=float),
    color_start: wp.int32,
    num_in_color: wp.int32,
    sim_dt: float,
    x_pred: wp.array(dtype=wp.vec3),
    lambdas: wp.array(dtype=float),
):
    """One Gauss-Seidel pass over the distance constraints of a single graph colour: constraints of one colour share no particle."""
    tid = wp.tid()
    if tid >= num_in_color:
        return
    c = sorted_constraints[color_start + tid]
    a = distance_pairs[2 * c]
    b = distance_pairs[2 * c + 1]
    w_a = inv_masses[a]
    w_b = inv_masses[b]
    w_sum = w_a + w_b
    # both ends kinematic: nothing to move
    if w_sum == 0.0:
        return
    x_a = x_pred[a]
    x_b = x_pred[b]
    d = x_a - x_b
    length = wp.length(d)
    if length < 1.0e-6:
        return
    err = length - rest_distance[c]
    kind = constraint_type[c]
    if kind == ConstraintKind.TETHER:
        # a tether only pulls its ends together
        err = wp.max(err, 0.0)
    elif kind == ConstraintKind.MIN_DISTANCE:
        err = wp.min(err, 0.0)
    elif kind != ConstraintKind.DISTANCE:
        return
    n = d / length
    alpha_tilde = compliance[c] / (sim_dt * sim_dt)
    lam = lambdas[c]
    d_lambda = (-err - alpha_tilde * lam) / (w_sum + alpha_tilde)
    lambdas[c] = lam + d_lambda
    corr = n * d_lambda
    # no other constraint of this colour touches a or b
    x_pred[a] = x_a + corr * w_a
    x_pred[b] = x_b - corr * w_b
