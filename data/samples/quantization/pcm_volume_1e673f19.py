import warp as wp


@wp.kernel
def pcm_volume(samples: wp.array[wp.int16], gain: float):
    """Apply a gain to audio samples without wrapping around."""
    tid = wp.tid()
    x = float(samples[tid]) / 32768.0 * gain
    # tanh soft clipper keeps loud peaks from distorting harshly
    samples[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))
