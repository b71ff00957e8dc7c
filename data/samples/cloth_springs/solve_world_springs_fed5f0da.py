import warp as wp


@wp.func
def spring_delta_lambda(err: float, w_sum: float, lam: float, alpha_tilde: float) -> float:
    return (-err - alpha_tilde * lam) / (w_sum + alpha_tilde)


@wp.kernel(enable_backward=False)
def solve_world_springs(
    spring_offsets: wp.array(dtype=wp.int32),
    spring_counts: wp.array(dtype=wp.int32),
    edge_particles: wp.array(dtype=wp.int32),
    particle_q: wp.array(dtype=wp.vec3),
    particle_inv_mass: wp.array(dtype=float),
    rest_distance: wp.array(dtype=float),
    constraint_compliance: wp.array(dtype=float),
    spring_max_stretch: wp.array(dtype=float),
    time_step: float,
    lambdas: wp.array(dtype=float),
    particle_deltas: wp.array(dtype=wp.vec3),
    spring_intact: wp.array(dtype=wp.int32),
):
    world, s = wp.tid()
    if s >= spring_counts[world]:
        return
    spring = spring_offsets[world] + s
    if spring_intact[spring] == 0:
        return
    a = edge_particles[2 * spring]
    b = edge_particles[2 * spring + 1]
    w_a = particle_inv_mass[a]
    w_b = particle_inv_mass[b]
    w_sum = w_a + w_b
    if w_sum == 0.0:
        return
    alpha = constraint_compliance[spring]
    x_a = particle_q[a]
    x_b = particle_q[b]
    d = x_a - x_b
    length = wp.length(d)
    if length < 1.0e-6:
        return
    n = d / length
    rest_length = rest_distance[spring]
    err = length - rest_length
    if err > spring_max_stretch[spring] * rest_length:
        spring_intact[spring] = 0
        return
    alpha_tilde = alpha / (time_step * time_step)
    lam = lambdas[spring]
    d_lambda = spring_delta_lambda(err, w_sum, lam, alpha_tilde)
    lambdas[spring] = lam + d_lambda
    corr = n * d_lambda
    wp.atomic_add(particle_deltas, a, corr * w_a)
    wp.atomic_sub(particle_deltas, b, corr * w_b)
