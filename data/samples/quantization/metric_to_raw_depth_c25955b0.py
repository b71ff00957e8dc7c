import warp as wp


@wp.kernel
def metric_to_raw_depth(depth: wp.array[float], depth_u16: wp.array[wp.uint16], depth_scale: float):
    tid = wp.tid()
    z = depth[tid]
    units = wp.rint(z / depth_scale)
    # values past the sensor range become 0, the invalid marker
    if units <= 0.0 or units > 65535.0:
        depth_u16[tid] = wp.uint16(0)
    else:
        depth_u16[tid] = wp.uint16(units)
