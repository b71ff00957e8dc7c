import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)
DEGREE = wp.constant(3)


@wp.kernel
def rk3_update(
    particle_inv_mass: wp.array(dtype=float),
    u_start: wp.array(dtype=float),
    q: wp.array(dtype=float),
    k: wp.array(dtype=float),
    c0: float,
    c1: float,
    c2: float,
    sim_dt: float,
    u_next: wp.array(dtype=float),
):
    """Combine the Runge-Kutta stages."""
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if particle_inv_mass[tid] == 0.0:
        return
    u = q[tid]
    rhs = k[tid]
    u_next[tid] = c0 * u_start[tid] + c1 * u + c2 * sim_dt * rhs


@wp.kernel
def update_phase(
    particle_flags: wp.array(dtype=wp.int32),
    phases: wp.array(dtype=float),
    angular_freq: float,
    sim_dt: float,
    amplitude: float,
    phases_out: wp.array(dtype=float),
    wave: wp.array(dtype=float),
):
    tid = wp.tid()
    flag = particle_flags[tid]
    if flag == 0:
        return
    theta = phases[tid]
    theta_next = theta + angular_freq * sim_dt
    if theta_next >= TWO_PI:
        theta_next -= TWO_PI
    phases_out[tid] = theta_next
    wave[tid] = amplitude * wp.sin(theta_next)


@wp.kernel
def calibrate_readings(
    data: wp.array(dtype=wp.float64),
    coeffs: wp.array2d(dtype=wp.float64),
    estimate: wp.array(dtype=wp.float64),
):
    tid = wp.tid()
    x = data[tid]
    ch = tid % coeffs.shape[0]
    # Horner's rule, highest power first
    y = coeffs[ch, DEGREE]
    for k in range(wp.static(DEGREE - 1), -1, -1):
        y = y * x + coeffs[ch, k]
    estimate[tid] = y


@wp.func
def capsule_distance(p: wp.vec3, radius: float, half_height: float):
    # capsule along the local y axis
    axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)
    return wp.length(p - axis_point) - radius


@wp.func
def soft_inside(d: float, sigma: float):
    return 0.5 * (1.0 - wp.erf(d / (1.41421356 * sigma)))


@wp.kernel
def blend_arrays(
    values: wp.array(dtype=wp.vec3),
    other: wp.array(dtype=wp.vec3),
    contact_points_local: wp.array(dtype=wp.vec3),
    half_heights: wp.array(dtype=float),
    particle_radius: float,
    sigma: float,
    output: wp.array(dtype=wp.vec3),
):
    """out = (1 - t) * a + t * b per element."""
    tid = wp.tid()
    x = values[tid]
    y = other[tid]
    sdf = capsule_distance(contact_points_local[tid], particle_radius, half_heights[tid])
    w = soft_inside(sdf, sigma)
    output[tid] = x + (y - x) * w
