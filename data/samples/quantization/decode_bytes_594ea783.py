import warp as wp


@wp.kernel
def decode_bytes(pixels_u8: wp.array(dtype=wp.uint16), linear_out: wp.array(dtype=float)):
    """Decode 8-bit codes to floats in [0, 1]."""
    tid = wp.tid()
    c = float(pixels_u8[tid]) * (1.0 / 65535.0)
    # display gamma back to linear light
    linear_out[tid] = wp.pow(wp.clamp(c, 0.0, 1.0), 2.2)
