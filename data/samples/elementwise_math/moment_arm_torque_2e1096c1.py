import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.func
def contact_force(n: wp.vec3, v: wp.vec3, c: float, k_n: float, k_d: float):
    vn = wp.dot(n, v)
    jn = c * k_n
    jd = wp.min(vn, 0.0) * k_d
    return -n * (jn + jd)


@wp.kernel
def moment_arm_torque(
    r_arm: wp.array[wp.vec3],
    x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    points: wp.array[wp.vec2],
    stiffness: wp.array[float],
    dt: float,
    surface_velocity: wp.vec3,
    target: wp.vec2,
    smoothing_length: float,
    k_damp: float,
    torques_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    arm = r_arm[tid]
    p = x[tid]
    vel = v[tid]
    pos = points[tid]
    k = stiffness[tid]
    f = contact_force(wp.normalize(p - (p + vel * dt)), vel - surface_velocity, wp.length(pos - target) - smoothing_length, k, k_damp)
    torques_out[tid] = wp.cross(arm, f)


@wp.kernel
def step_oscillators(omega: float, dt: float, phases: wp.array[float]):
    tid = wp.tid()
    phi = phases[tid]
    phi_next = phi + omega * dt
    if phi_next >= TWO_PI:
        phi_next = phi_next - TWO_PI
    elif phi_next < 0.0:
        phi_next = phi_next + TWO_PI
    phases[tid] = phi_next


@wp.kernel
def combine_arrays(
    src: wp.array[wp.vec2],
    y: wp.array[wp.vec2],
    out: wp.array[wp.vec2],
    n: wp.int32,
):
    """One arithmetic operation on two arrays, element by element."""
    tid = wp.tid()
    if tid >= n:
        return
    x = src[tid]
    b = y[tid]
    out[tid] = x - b


@wp.kernel
def ssp_rk_substep(
    u_curr: wp.array[float],
    rhs: wp.array[float],
    dt: float,
    q_out: wp.array[float],
):
    """One substep of SSP-RK3: a convex combination of the start state, the current stage and the right-hand side."""
    tid = wp.tid()
    u = u_curr[tid]
    dqdt = rhs[tid]
    q_out[tid] = u + dt * dqdt
