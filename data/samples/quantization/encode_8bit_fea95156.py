import warp as wp


@wp.kernel
def encode_8bit(image: wp.array[float], codes_out: wp.array[wp.uint8]):
    tid = wp.tid()
    threshold = wp.frac(float(tid) * 0.618034) - 0.5
    x = wp.clamp(image[tid] * 255.0 + threshold, 0.0, 255.0)
    codes_out[tid] = wp.uint8(wp.rint(x))
