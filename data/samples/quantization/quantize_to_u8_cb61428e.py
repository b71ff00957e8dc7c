import warp as wp


@wp.kernel
def quantize_to_u8(linear: wp.array[float], pixels_u8: wp.array[wp.uint8]):
    tid = wp.tid()
    v = linear[tid]
    threshold = float((tid * 7) % 16) / 16.0 - 0.5
    x = wp.clamp(v * 255.0 + threshold, 0.0, 255.0)
    pixels_u8[tid] = wp.uint8(wp.trunc(x))
