import warp as wp


@wp.kernel
def mix_pcm(envelope: wp.array(dtype=float), pcm: wp.array(dtype=wp.int16)):
    """Scale 16-bit PCM samples by a gain, saturating at the int16 range."""
    tid = wp.tid()
    s = pcm[tid]
    gain = envelope[tid]
    x = float(s) / 32768.0 * gain
    # tanh soft clipper keeps loud peaks from distorting harshly
    pcm[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))


@wp.kernel
def encode_pcm8(x: wp.array(dtype=float), side: wp.array(dtype=wp.int8)):
    tid = wp.tid()
    a = wp.min(wp.abs(x[tid]), 1.0)
    y = wp.copysign(wp.sqrt(a), x[tid])
    side[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))


@wp.kernel
def to_uint8(src: wp.array(dtype=float), codes_out: wp.array(dtype=wp.uint8)):
    """Encode floats as bytes for display or upload; out-of-range values saturate."""
    tid = wp.tid()
    c = src[tid]
    threshold = float((tid * 7) % 16) / 16.0 - 0.5
    x = wp.clamp(c * 255.0 + threshold, 0.0, 255.0)
    codes_out[tid] = wp.uint8(wp.trunc(x))


@wp.kernel
def decode_bytes(pixels_u8: wp.array(dtype=wp.uint16), src: wp.array(dtype=float)):
    tid = wp.tid()
    src[tid] = wp.clamp(float(pixels_u8[tid]) / 65535.0, 0.0, 1.0)
