import warp as wp


MU = wp.constant(255.0)


@wp.kernel
def dequantize_u8(pixels_u8: wp.array[wp.uint8], decoded: wp.array[float]):
    tid = wp.tid()
    c = float(pixels_u8[tid]) * (1.0 / 255.0)
    decoded[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)


@wp.kernel
def quantize_to_u8(decoded: wp.array[float], pixels_u8: wp.array[wp.uint8]):
    tid = wp.tid()
    x = wp.pow(wp.clamp(decoded[tid], 0.0, 1.0), 1.0 / 2.2) * 255.0
    pixels_u8[tid] = wp.uint8(wp.trunc(x))


@wp.kernel
def scale_audio(master_gain: wp.array[float], pcm: wp.array[wp.int16]):
    tid = wp.tid()
    gain = master_gain[0]
    sample = pcm[tid]
    mixed = float(pcm[tid]) + float(sample) * gain
    pcm[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))


@wp.kernel
def encode_pcm8(values: wp.array[float], labels: wp.array[wp.int8]):
    """Signed 8-bit codes of audio samples in [-1, 1], finer for quiet ones."""
    tid = wp.tid()
    value = values[tid]
    a = wp.min(wp.abs(value), 1.0)
    y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), value)
    labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))
