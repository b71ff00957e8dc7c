import warp as wp


MAX_DEPTH = wp.constant(10.0)


@wp.kernel
def raw_depth_to_metric(
    depth_u16: wp.array(dtype=wp.uint16),
    depth_scale: float,
    depth_out: wp.array(dtype=float),
):
    tid = wp.tid()
    raw = depth_u16[tid]
    z = float(raw) * depth_scale
    if raw == wp.uint16(0) or z > MAX_DEPTH:
        z = 0.0
    depth_out[tid] = wp.clamp(z, 0.0, MAX_DEPTH)
