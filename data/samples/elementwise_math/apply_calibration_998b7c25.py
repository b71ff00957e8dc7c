import warp as wp


DEGREE = wp.constant(4)
TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def apply_calibration(
    samples: wp.array(dtype=float),
    c: wp.array2d(dtype=float),
    bin_min: float,
    inv_range: float,
    estimate: wp.array(dtype=float),
    out: wp.array(dtype=float),
):
    """Raw sensor readings to physical values through a fitted calibration polynomial, evaluated by Horner's rule."""
    tid = wp.tid()
    x = samples[tid]
    ch = tid % c.shape[0]
    u = (x - bin_min) * inv_range
    # Horner's rule, highest power first
    y = c[ch, DEGREE]
    dy = float(0.0)
    for k in range(wp.static(DEGREE - 1), -1, -1):
        # the derivative's recurrence uses y before this step updates it
        dy = dy * u + y
        y = y * u + c[ch, k]
    estimate[tid] = y
    # chain rule through the normalisation
    out[tid] = dy * inv_range


@wp.kernel
def rotate_phases(omega: wp.array(dtype=float), dt: float, phase: wp.array(dtype=float)):
    """Advance each oscillator's phase by its frequency times the step, wrapped to one period."""
    tid = wp.tid()
    phase_next = phase[tid] + omega[tid] * dt
    if phase_next >= TWO_PI:
        phase_next -= TWO_PI
    phase[tid] = phase_next
