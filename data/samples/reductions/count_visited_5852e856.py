import warp as wp


@wp.kernel
def count_visited(
    active: wp.array[int],
    bitsets: wp.array[wp.uint32],
    num_events: wp.array[wp.int64],
):
    """Count occupied cells from packed occupancy words."""
    tid = wp.tid()
    if active[tid] != 1:
        return
    word = bitsets[tid]
    n = wp.bit_count(word)
    if n > 0:
        wp.atomic_add(num_events, 0, wp.int64(n))
