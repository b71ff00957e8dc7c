import warp as wp


@wp.kernel
def add_arrays(
    flags: wp.array(dtype=int),
    x: wp.array(dtype=wp.float64),
    y: wp.array(dtype=wp.float64),
):
    tid = wp.tid()
    if flags[tid] == 0:
        return
    val = x[tid]
    y[tid] -= val
