import warp as wp


@wp.func
def spread_bits(v: wp.int64) -> wp.int64:
    # insert two zero bits between each of the low 21 bits
    x = v & wp.int64(0x1FFFFF)
    x = (x | (x << wp.int64(32))) & wp.int64(0x1F00000000FFFF)
    x = (x | (x << wp.int64(16))) & wp.int64(0x1F0000FF0000FF)
    x = (x | (x << wp.int64(8))) & wp.int64(0x100F00F00F00F00F)
    x = (x | (x << wp.int64(4))) & wp.int64(0x10C30C30C30C30C3)
    x = (x | (x << wp.int64(2))) & wp.int64(0x1249249249249249)
    return x


@wp.kernel
def z_order_keys(
    active: wp.array[wp.int32],
    positions: wp.array[wp.vec3],
    bounds_min: wp.vec3,
    cell_size: float,
    sort_keys: wp.array[wp.int64],
):
    tid = wp.tid()
    if active[tid] != 1:
        return
    inv_h = 1.0 / cell_size
    local = (positions[tid] - bounds_min) * inv_h
    cell = wp.vec3i(int(wp.floor(local[0])), int(wp.floor(local[1])), int(wp.floor(local[2])))
    cell = wp.max(cell, wp.vec3i(0, 0, 0))
    sort_keys[tid] = spread_bits(wp.int64(cell[0])) | (spread_bits(wp.int64(cell[1])) << wp.int64(1)) | (spread_bits(wp.int64(cell[2])) << wp.int64(2))


@wp.kernel
def quantize_to_u8(image: wp.array[float], pixels_u8: wp.array[wp.uint8]):
    tid = wp.tid()

    # ordered dither: a per-pixel threshold hides banding
    threshold = float((tid * 7) % 16) / 16.0 - 0.5
    x = wp.clamp(image[tid] * 255.0 + threshold, 0.0, 255.0)
    pixels_u8[tid] = wp.uint8(wp.rint(x))


@wp.kernel
def encode_pcm8(samples: wp.array[float], signs: wp.array[wp.int8]):
    tid = wp.tid()
    a = wp.min(wp.abs(samples[tid]), 1.0)
    y = wp.copysign(wp.sqrt(a), samples[tid])
    signs[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))


@wp.kernel
def scale_audio(
    active: wp.array[wp.int32],
    audio: wp.array[wp.int16],
    samples_out: wp.array[wp.int16],
):
    tid = wp.tid()
    if active[tid] != 1:
        return
    sample = audio[tid]
    y = float(sample) * 0.707
    samples_out[tid] = wp.int16(wp.clamp(wp.rint(y), -32768.0, 32767.0))
