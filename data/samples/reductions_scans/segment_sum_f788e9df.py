import warp as wp


@wp.kernel
def segment_sum(
    segment_ids: wp.array[int],
    sample_weights: wp.array[float],
    values: wp.array[float],
    sums: wp.array[float],
):
    tid = wp.tid()
    seg = segment_ids[tid]
    if seg >= 0 and seg < sums.shape[0]:
        wp.atomic_max(sums, seg, sample_weights[tid] * values[tid])
