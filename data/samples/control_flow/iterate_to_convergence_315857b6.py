import warp as wp


@wp.func
def capsule_sdf(p: wp.vec3, radius: float, half_height: float):
    # capsule along the local y axis
    axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)
    return wp.length(p - axis_point) - radius


MAX_ITERS = wp.constant(64)


@wp.kernel
def iterate_to_convergence(
    rhs: wp.array[float],
    contact_points_local: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    half_height: float,
    sigma: float,
    tol: float,
    solution: wp.array[float],
    iterations: wp.array[int],
):
    tid = wp.tid()
    p_local = contact_points_local[tid]
    sdf = capsule_sdf(p_local, particle_radius[tid], half_height)
    # the map is a contraction, and damping by omega in (0, 1] keeps it one
    omega = wp.clamp(0.5 * wp.erfc(sdf / (1.41421356 * sigma)), 0.1, 1.0)
    x = rhs[tid]
    delta = float(1.0)
    it = int(0)
    while delta > tol and it < MAX_ITERS:
        x_next = (1.0 - omega) * x + omega * (wp.cos(x) + rhs[tid])
        delta = wp.abs(x_next - x)
        x = x_next
        it += 1
    solution[tid] = x
    iterations[tid] = it
