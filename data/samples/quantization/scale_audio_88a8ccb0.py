import warp as wp


@wp.kernel
def scale_audio(samples: wp.array[wp.int16], master_gain: float):
    tid = wp.tid()
    mixed = float(samples[tid]) + float(samples[tid]) * master_gain
    samples[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))
