import warp as wp


@wp.kernel
def segment_sum(
    segments: wp.array(dtype=int),
    values: wp.array(dtype=float),
    sums: wp.array(dtype=float),
):
    tid = wp.tid()
    seg = segments[tid]
    if seg >= 0 and seg < sums.shape[0]:
        wp.atomic_add(sums, seg, values[tid])
