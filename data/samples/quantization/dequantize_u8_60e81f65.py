import warp as wp


@wp.kernel
def dequantize_u8(codes: wp.array[wp.uint16], linear_out: wp.array[float]):
    """Bytes back to linear values."""
    tid = wp.tid()
    c = float(codes[tid]) * (1.0 / 65535.0)
    linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)
