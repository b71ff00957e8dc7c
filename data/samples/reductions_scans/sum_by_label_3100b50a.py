import warp as wp


@wp.kernel
def sum_by_label(segments: wp.array[int], values: wp.array[float], segment_sums: wp.array[float]):
    """Sum the terms of each segment; segment_ids gives every item's segment."""
    tid = wp.tid()
    seg = segments[tid]
    v = values[tid]
    if seg >= 0 and seg < segment_sums.shape[0]:
        wp.atomic_add(segment_sums, seg, v)
