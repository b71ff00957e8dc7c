import warp as wp


@wp.kernel
def sample_by_index(
    source: wp.array[float],
    indices: wp.array[int],
    weights: wp.array[float],
    gathered: wp.array[float],
):
    """Gather through an index array and weight each value."""
    tid = wp.tid()
    gathered[tid] = weights[tid] * source[indices[tid]]
