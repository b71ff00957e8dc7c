import warp as wp


@wp.kernel
def apply_env_offsets(
    x: wp.array[float],
    group: wp.array[int],
    offsets: wp.array[float],
    out: wp.array[float],
):
    """Per-environment offsets looked up through each item's environment index."""
    tid = wp.tid()
    g = group[tid]
    if g == -1:
        out[tid] = x[tid]
        return
    out[tid] = x[tid] + offsets[g]
