import warp as wp


@wp.kernel
def copy_values(current: wp.array[wp.vec2], saved: wp.array[wp.vec2]):
    tid = wp.tid()
    saved[tid] = current[tid]


@wp.kernel
def reset_to(value: wp.quat, prev: wp.array[wp.quat]):
    tid = wp.tid()
    prev[tid] = value


@wp.kernel
def sample_levels(samples: wp.array[wp.int16], loudness: wp.array[float]):
    tid = wp.tid()
    sample = samples[tid]
    amplitude = wp.abs(float(sample)) / 32768.0
    loudness[tid] = 20.0 * wp.log10(wp.max(amplitude, 1.0e-6))
