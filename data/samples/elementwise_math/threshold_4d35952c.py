import warp as wp


@wp.kernel
def threshold(
    active_count: wp.array(dtype=wp.int32),
    active: wp.array(dtype=wp.int32),
    inputs: wp.array(dtype=float),
    cutoffs: wp.array(dtype=float),
    mask: wp.array(dtype=float),
):
    """1 where the value exceeds the threshold, 0 elsewhere."""
    tid = wp.tid()
    if tid >= active_count[0] or active[tid] == 0:
        return
    xi = inputs[tid]
    mask[tid] = wp.where(xi >= cutoffs[tid], 1.0, 0.0)
