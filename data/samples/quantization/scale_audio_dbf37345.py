import warp as wp


@wp.kernel
def scale_audio(
    pcm: wp.array[wp.int16],
    channel_gain: wp.array[float],
    samples_out: wp.array[wp.int16],
):
    tid = wp.tid()
    g = channel_gain[tid]
    x = float(pcm[tid]) / 32768.0 * g
    samples_out[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))
