import warp as wp


@wp.kernel
def stream_compact(
    values: wp.array[float],
    cutoff: float,
    selected: wp.array[float],
    num_selected: wp.array[int],
):
    tid = wp.tid()
    if wp.abs(values[tid]) <= cutoff:
        return
    slot = wp.atomic_add(num_selected, 0, 1)
    # drop what does not fit; the count still says how many passed
    if slot < selected.shape[0]:
        selected[slot] = values[tid]
