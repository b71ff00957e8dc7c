import warp as wp


@wp.kernel
def encode_8bit(image: wp.array[float], pixels_u8: wp.array[wp.uint8]):
    """Quantise [0, 1] values to 8-bit codes."""
    tid = wp.tid()

    # gamma 2.2 before quantising keeps the dark levels apart
    x = wp.pow(wp.clamp(image[tid], 0.0, 1.0), 1.0 / 2.2) * 255.0
    pixels_u8[tid] = wp.uint8(wp.round(x))
