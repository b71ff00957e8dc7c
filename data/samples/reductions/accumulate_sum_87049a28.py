import warp as wp


@wp.kernel
def accumulate_sum(data: wp.array[float], total: wp.array[float]):
    """Global reduction; total must be cleared before the launch."""
    tid = wp.tid()
    x = data[tid]
    wp.atomic_add(total, 0, wp.abs(x))
