import warp as wp


@wp.kernel
def count_flagged(
    active_count: wp.array[wp.int32],
    active: wp.array[wp.int32],
    counter: wp.array[wp.int32],
):
    tid = wp.tid()
    if tid >= active_count[0]:
        return
    state = active[tid]
    if state != 0:
        wp.atomic_add(counter, 0, 1)
