import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def advance_phase(
    phases: wp.array[float],
    natural_freq: wp.array[float],
    delta_time: float,
    phase_new: wp.array[float],
):
    tid = wp.tid()
    theta = phases[tid]
    p = theta + natural_freq[tid] * delta_time
    if p >= TWO_PI:
        p -= TWO_PI
    phase_new[tid] = p
