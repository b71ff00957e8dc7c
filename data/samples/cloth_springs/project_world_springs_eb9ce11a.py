import warp as wp


@wp.func
def spring_delta_lambda(err: float, w_sum: float, lam: float, alpha_tilde: float, gamma: float, rate: float) -> float:
    # XPBD with constraint damping (Macklin et al. 2016, eq. 26)
    return (-err - alpha_tilde * lam - gamma * rate) / ((1.0 + gamma) * w_sum + alpha_tilde)


@wp.kernel(enable_backward=False)
def project_world_springs(
    world_spring_start: wp.array[int],
    world_spring_count: wp.array[int],
    particle_offsets: wp.array[int],
    edge_particles: wp.array[int],
    particle_q: wp.array[wp.vec3],
    particle_q_prev: wp.array[wp.vec3],
    particle_inv_mass: wp.array[float],
    constraint_rest: wp.array[float],
    compliance: wp.array[float],
    spring_beta: wp.array[float],
    time_step: float,
    lambdas: wp.array[float],
    particle_deltas: wp.array[wp.vec3],
):
    """XPBD spring projection for a batch of worlds, one thread per spring slot of each world; worlds hold different numbers of springs, stored back to back."""
    world, s = wp.tid()
    if s >= world_spring_count[world]:
        return
    spring = world_spring_start[world] + s
    offset = particle_offsets[world]
    a = offset + edge_particles[2 * spring]
    b = offset + edge_particles[2 * spring + 1]
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
    n = d / length
    rest_length = constraint_rest[spring]
    err = length - rest_length
    alpha_tilde = compliance[spring] / (time_step * time_step)
    lam = lambdas[spring]
    gamma = alpha_tilde * spring_beta[spring] * time_step
    rate = wp.dot(n, (x_a - particle_q_prev[a]) - (x_b - particle_q_prev[b]))
    d_lambda = spring_delta_lambda(err, w_sum, lam, alpha_tilde, gamma, rate)
    lambdas[spring] = lam + d_lambda
    corr = n * d_lambda
    wp.atomic_add(particle_deltas, a, corr * w_a)
    wp.atomic_sub(particle_deltas, b, corr * w_b)
