import warp as wp


@wp.func
def xpbd_delta_lambda(c: float, w_sum: float, lam: float, alpha_tilde: float) -> float:
    return (-c - alpha_tilde * lam) / (w_sum + alpha_tilde)


@wp.kernel(enable_backward=False)
def project_color_constraints(
    color_items: wp.array(dtype=wp.int32),
    edge_particles: wp.array2d(dtype=wp.int32),
    rest_distance: wp.array(dtype=float),
    constraint_compliance: wp.array(dtype=float),
    particle_inv_mass: wp.array(dtype=float),
    color_start: wp.int32,
    color_size: wp.int32,
    dt: float,
    particle_q: wp.array(dtype=wp.vec3),
    constraint_lambda: wp.array(dtype=float),
    particle_deltas: wp.array(dtype=wp.vec3),
):
    """One Gauss-Seidel pass over the distance constraints of a single graph colour: constraints of one colour share no particle."""
    tid = wp.tid()
    if tid >= color_size:
        return
    c = color_items[color_start + tid]
    a = edge_particles[c, 0]
    b = edge_particles[c, 1]
    w_a = particle_inv_mass[a]
    w_b = particle_inv_mass[b]
    w_sum = w_a + w_b
    if w_sum == 0.0:
        return
    x_a = particle_q[a]
    x_b = particle_q[b]
    d = x_a - x_b
    length = wp.length(d)
    if length < 1.0e-6:
        return
    err = length - rest_distance[c]
    n = d / length
    alpha_tilde = constraint_compliance[c] / (dt * dt)
    lam = constraint_lambda[c]
    d_lambda = xpbd_delta_lambda(err, w_sum, lam, alpha_tilde)
    constraint_lambda[c] = lam + d_lambda
    corr = n * d_lambda
    wp.atomic_add(particle_deltas, a, corr * w_a)
    wp.atomic_sub(particle_deltas, b, corr * w_b)
