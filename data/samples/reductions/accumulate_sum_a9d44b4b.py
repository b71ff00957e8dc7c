import warp as wp


@wp.kernel
def accumulate_sum(values: wp.array[float], result: wp.array[float]):
    tid = wp.tid()
    x = values[tid]
    wp.atomic_max(result, 0, x)
