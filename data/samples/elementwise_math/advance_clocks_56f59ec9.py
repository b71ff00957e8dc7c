import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def advance_clocks(
    phase: wp.array[float],
    natural_freq: wp.array[float],
    time_step: float,
    amplitude: float,
    phase_out: wp.array[float],
    signal: wp.array[float],
):
    tid = wp.tid()
    phi = phase[tid]
    omega_i = natural_freq[tid]
    phi_next = phi + omega_i * time_step
    if phi_next >= TWO_PI:
        phi_next -= TWO_PI
    phase_out[tid] = phi_next
    signal[tid] = amplitude * wp.cos(phi_next)


@wp.func
def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):
    return k * (anchor - x)


@wp.kernel
def moment_arm_torque(
    lever_arms: wp.array[wp.vec3],
    stiffness: wp.array[float],
    anchors: wp.array[wp.vec3],
    positions: wp.array[wp.vec3],
    torques_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    ke = stiffness[tid]
    target = anchors[tid]
    force = hooke_force(ke, target, positions[tid])
    torques_out[tid] = -wp.cross(force, lever_arms[tid])
