import warp as wp


@wp.kernel
def weighted_gather(
    src: wp.array[float],
    order: wp.array[int],
    weight: float,
    out: wp.array[float],
):
    tid = wp.tid()
    idx = order[tid]
    out[tid] = weight * src[idx]
