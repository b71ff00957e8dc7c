import warp as wp


@wp.kernel
def advance_phase(
    theta: wp.array[float],
    natural_freq: wp.array[float],
    delta_time: float,
    amplitude: float,
    phase_new: wp.array[float],
    out: wp.array[float],
):
    tid = wp.tid()
    w0 = natural_freq[tid]
    p = theta[tid] + w0 * delta_time
    phase_new[tid] = p
    out[tid] = amplitude * wp.cos(p)
