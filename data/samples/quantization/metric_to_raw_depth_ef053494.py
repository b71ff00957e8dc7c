import warp as wp


@wp.kernel
def metric_to_raw_depth(
    item_count: wp.array[wp.int32],
    depth: wp.array[float],
    depth_raw_out: wp.array[wp.uint16],
):
    """Metric depth to 16-bit sensor units (0 marks no data)."""
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    z = depth[tid]
    units = wp.rint(z / 0.001)
    # values past the sensor range become 0, the invalid marker
    if units <= 0.0 or units > 65535.0:
        depth_raw_out[tid] = wp.uint16(0)
    else:
        depth_raw_out[tid] = wp.uint16(units)
