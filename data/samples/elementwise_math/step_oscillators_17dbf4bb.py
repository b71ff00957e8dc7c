import warp as wp


@wp.kernel
def step_oscillators(omega: wp.array[float], dt: float, phases: wp.array[float]):
    tid = wp.tid()
    phi = phases[tid]
    omega_i = omega[tid]
    p = phi + omega_i * dt
    phases[tid] = p
