import warp as wp


@wp.kernel
def encode_depth(
    depth: wp.array[float],
    units_scale: wp.array[float],
    depth_u16: wp.array[wp.uint16],
):
    tid = wp.tid()
    unit = units_scale[0]
    z = depth[tid]
    units = wp.rint(z / unit)
    # values past the sensor range become 0, the invalid marker
    if units <= 0.0 or units > 65535.0:
        depth_u16[tid] = wp.uint16(0)
    else:
        depth_u16[tid] = wp.uint16(units)
