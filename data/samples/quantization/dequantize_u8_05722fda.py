import warp as wp


@wp.kernel
def dequantize_u8(encoded: wp.array[wp.uint8], linear_out: wp.array[float]):
    tid = wp.tid()
    c = float(encoded[tid]) * (1.0 / 255.0)
    linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)
