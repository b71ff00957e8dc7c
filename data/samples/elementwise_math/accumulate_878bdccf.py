import warp as wp


@wp.kernel
def accumulate(
    active: wp.array(dtype=wp.int32),
    data: wp.array(dtype=wp.vec3),
    other: wp.array(dtype=wp.vec3),
):
    """Accumulate one array into another."""
    tid = wp.tid()
    if active[tid] != 1:
        return
    other[tid] -= data[tid]
