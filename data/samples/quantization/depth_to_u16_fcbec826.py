import warp as wp


@wp.kernel
def depth_to_u16(depth: wp.array[float], depth_scale: float, depth_raw_out: wp.array[wp.uint16]):
    """Metric depth to 16-bit sensor units (0 marks no data)."""
    tid = wp.tid()
    z = depth[tid]
    units = wp.floor(z / depth_scale)
    if units <= 0.0 or units > 65535.0:
        depth_raw_out[tid] = wp.uint16(0)
    else:
        depth_raw_out[tid] = wp.uint16(units)
