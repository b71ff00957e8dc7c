import warp as wp


MAX_DEPTH = wp.constant(10.0)


@wp.kernel
def depth_to_meters(depth_raw: wp.array[wp.uint16], z_buffer: wp.array[float], units_scale: float):
    tid = wp.tid()
    raw = depth_raw[tid]
    z = float(raw) * units_scale
    if raw == wp.uint16(0) or z > MAX_DEPTH:
        z = 0.0
    z_buffer[tid] = wp.clamp(z, 0.0, MAX_DEPTH)
