import warp as wp


@wp.func
def spring_delta_lambda(err: float, w_sum: float, lam: float, alpha_tilde: float) -> float:
    return (-err - alpha_tilde * lam) / (w_sum + alpha_tilde)


@wp.kernel(enable_backward=False)
def project_world_springs(
    world_spring_start: wp.array[wp.int32],
    world_spring_count: wp.array[wp.int32],
    world_particle_start: wp.array[wp.int32],
    edge_particles: wp.array[wp.int32],
    particle_q: wp.array[wp.vec3],
    particle_inv_mass: wp.array[float],
    rest_distance: wp.array[float],
    constraint_compliance: wp.array[float],
    spring_max_stretch: wp.array[float],
    delta_time: float,
    lambda_sum: wp.array[float],
    particle_deltas: wp.array[wp.vec3],
    spring_intact: wp.array[wp.int32],
):
    """XPBD spring projection for a batch of worlds, one thread per spring slot of each world; worlds hold different numbers of springs, stored back to back."""
    world, s = wp.tid()
    if s >= world_spring_count[world]:
        return
    spring = world_spring_start[world] + s
    if spring_intact[spring] == 0:
        return
    # spring ends are numbered within their world
    offset = world_particle_start[world]
    a = offset + edge_particles[2 * spring]
    b = offset + edge_particles[2 * spring + 1]
    w_a = particle_inv_mass[a]
    w_b = particle_inv_mass[b]
    # springs with a pinned end are skipped
    if w_a == 0.0 or w_b == 0.0:
        return
    w_sum = w_a + w_b
    x_a = particle_q[a]
    x_b = particle_q[b]
    d = x_a - x_b
    length = wp.length(d)
    if length < 1.0e-6:
        return
    n = d / length
    rest_length = rest_distance[spring]
    err = length - rest_length
    # overstretched springs tear for the rest of the simulation
    if err > spring_max_stretch[spring] * rest_length:
        spring_intact[spring] = 0
        return
    alpha_tilde = constraint_compliance[spring] / (delta_time * delta_time)
    lam = lambda_sum[spring]
    d_lambda = spring_delta_lambda(err, w_sum, lam, alpha_tilde)
    lambda_sum[spring] = lam + d_lambda
    corr = n * d_lambda
    # springs of one world share particles: the corrections are summed
    wp.atomic_add(particle_deltas, a, corr * w_a)
    wp.atomic_sub(particle_deltas, b, corr * w_b)
