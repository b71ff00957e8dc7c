import warp as wp


@wp.kernel
def to_uint8(flags: wp.array[int], values: wp.array[float], encoded: wp.array[wp.uint8]):
    tid = wp.tid()
    if flags[tid] != 1:
        return
    c = values[tid]
    threshold = float((tid * 7) % 16) / 16.0 - 0.5
    x = wp.clamp(c * 255.0 + threshold, 0.0, 255.0)
    encoded[tid] = wp.uint8(wp.rint(x))
