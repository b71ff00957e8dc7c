import warp as wp


@wp.kernel(enable_backward=False)
def solve_world_springs(
    spring_offsets: wp.array[wp.int32],
    world_spring_count: wp.array[wp.int32],
    world_particle_start: wp.array[wp.int32],
    distance_pairs: wp.array[wp.int32],
    positions: wp.array[wp.vec3],
    prev_positions: wp.array[wp.vec3],
    particle_inv_mass: wp.array[float],
    rest_distance: wp.array[float],
    spring_damping: wp.array[float],
    compliance: float,
    delta_time: float,
    constraint_lambda: wp.array[float],
    delta_x: wp.array[wp.vec3],
):
    world, s = wp.tid()
    if s >= world_spring_count[world]:
        return
    spring = spring_offsets[world] + s
    # spring ends are numbered within their world
    offset = world_particle_start[world]
    a = offset + distance_pairs[2 * spring]
    b = offset + distance_pairs[2 * spring + 1]
    w_a = particle_inv_mass[a]
    w_b = particle_inv_mass[b]
    w_sum = w_a + w_b
    if w_sum == 0.0:
        return
    x_a = positions[a]
    x_b = positions[b]
    d = x_a - x_b
    length = wp.length(d)
    if length < 1.0e-6:
        return
    n = d / length
    rest_length = rest_distance[spring]
    err = length - rest_length
    alpha_tilde = compliance / (delta_time * delta_time)
    lam = constraint_lambda[spring]
    gamma = alpha_tilde * spring_damping[spring] * delta_time
    rate = wp.dot(n, (x_a - prev_positions[a]) - (x_b - prev_positions[b]))
    d_lambda = (-err - alpha_tilde * lam - gamma * rate) / ((1.0 + gamma) * w_sum + alpha_tilde)
    constraint_lambda[spring] = lam + d_lambda
    corr = n * d_lambda
    # springs of one world share particles: the corrections are summed
    wp.atomic_add(delta_x, a, corr * w_a)
    wp.atomic_sub(delta_x, b, corr * w_b)
