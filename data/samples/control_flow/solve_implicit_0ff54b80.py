import warp as wp


@wp.func
def capsule_sdf(p: wp.vec3, radius: float, half_height: float):
    # capsule along the local y axis
    axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)
    return wp.length(p - axis_point) - radius


MAX_ITERS = wp.constant(64)


@wp.kernel
def solve_implicit(
    targets: wp.array[float],
    local_points: wp.array[wp.vec3],
    particle_radius: float,
    half_height: float,
    sigma: float,
    roots: wp.array[float],
    iterations: wp.array[int],
):
    """Solve x = cos(x) + q by damped fixed-point iteration until the update is below tol."""
    tid = wp.tid()
    target = targets[tid]
    x_local = local_points[tid]
    sdf = capsule_sdf(x_local, particle_radius, half_height)
    # the map is a contraction, and damping by omega in (0, 1] keeps it one
    omega = wp.clamp(0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma))), 0.1, 1.0)
    x = target
    delta = float(1.0)
    it = int(0)
    while delta > 1.0e-6 and it < MAX_ITERS:
        x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)
        delta = wp.abs(x_next - x)
        x = x_next
        it += 1
    roots[tid] = x
    iterations[tid] = it
