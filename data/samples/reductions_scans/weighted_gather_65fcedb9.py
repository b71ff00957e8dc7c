import warp as wp


@wp.kernel
def weighted_gather(
    source: wp.array[float],
    indices: wp.array[int],
    weights: wp.array[float],
    gathered: wp.array[float],
):
    """Gather through an index array and weight each value."""
    tid = wp.tid()
    idx = indices[tid]
    gathered[tid] = weights[tid] * source[idx]
