import warp as wp


MAX_DEPTH = wp.constant(10.0)


@wp.kernel
def raw_depth_to_metric(depth_raw: wp.array[wp.uint16], depth_m: wp.array[float]):
    """Convert raw depth units to metric depth, invalid pixels set to the far plane."""
    tid = wp.tid()
    raw = depth_raw[tid]
    z = float(raw) * 0.001
    if raw == wp.uint16(0) or z > MAX_DEPTH:
        z = 0.0
    depth_m[tid] = wp.clamp(z, 0.0, MAX_DEPTH)
