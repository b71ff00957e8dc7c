import warp as wp


@wp.kernel
def reorder(
    values: wp.array[wp.transform],
    indices: wp.array[wp.int32],
    gathered: wp.array[wp.transform],
):
    """Gather the source values in the order the indices give."""
    tid = wp.tid()
    i = indices[tid]
    gathered[tid] = values[i]
