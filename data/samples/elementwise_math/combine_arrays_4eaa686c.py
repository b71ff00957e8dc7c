import warp as wp


@wp.kernel
def combine_arrays(values: wp.array[int], y: wp.array[int], out: wp.array[int]):
    """One arithmetic operation on two arrays, element by element."""
    tid = wp.tid()
    xi = values[tid]
    out[tid] = xi * y[tid]
