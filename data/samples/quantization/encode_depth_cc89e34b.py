import warp as wp


@wp.kernel
def encode_depth(depth: wp.array[float], depth_u16: wp.array[wp.uint16]):
    """Store depth in millimetre units as uint16."""
    tid = wp.tid()
    units = wp.rint(depth[tid] / 0.001)
    # values past the sensor range become 0, the invalid marker
    if units <= 0.0 or units > 65535.0:
        depth_u16[tid] = wp.uint16(0)
    else:
        depth_u16[tid] = wp.uint16(units)
