import warp as wp


MAX_DEPTH = wp.constant(10.0)


@wp.kernel
def depth_to_meters(
    depth_raw: wp.array[wp.uint16],
    active_count: wp.int32,
    depth_m: wp.array[float],
):
    """16-bit depth-camera readings to metres; 0 means no return."""
    tid = wp.tid()
    if tid >= active_count:
        return
    raw = depth_raw[tid]
    depth_m[tid] = wp.clamp(float(raw) * 0.001, 0.0, MAX_DEPTH)
