import warp as wp


@wp.kernel
def stream_compact(
    values: wp.array[float],
    compacted: wp.array[float],
    num_selected: wp.array[int],
    cutoff: float,
):
    tid = wp.tid()
    x = values[tid]
    if wp.abs(x) <= cutoff:
        return
    slot = wp.atomic_add(num_selected, 0, 1)
    # drop what does not fit; the count still says how many passed
    if slot < compacted.shape[0]:
        compacted[slot] = x
