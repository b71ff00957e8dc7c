import warp as wp


@wp.kernel
def apply_gain(pcm: wp.array[wp.int16], envelope: wp.array[float], pcm_out: wp.array[wp.int16]):
    tid = wp.tid()
    s = pcm[tid]
    g = envelope[tid]
    x = float(s) / 32768.0 * g
    # tanh soft clipper keeps loud peaks from distorting harshly
    pcm_out[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))
