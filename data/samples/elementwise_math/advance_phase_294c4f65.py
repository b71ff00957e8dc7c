import warp as wp


@wp.kernel
def advance_phase(
    phases: wp.array[float],
    natural_freq: wp.array[float],
    dt: float,
    amplitude: float,
    theta_out: wp.array[float],
    signal: wp.array[float],
):
    """Phase update of independent oscillators."""
    tid = wp.tid()
    theta = phases[tid]
    p = theta + natural_freq[tid] * dt
    theta_out[tid] = p
    signal[tid] = amplitude * wp.sin(p)
