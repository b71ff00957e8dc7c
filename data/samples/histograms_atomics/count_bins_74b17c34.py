import warp as wp


@wp.kernel
def count_bins(normalized: wp.array[float], histogram: wp.array[int]):
    tid = wp.tid()
    num_bins = histogram.shape[0]
    b = wp.max(wp.min(int(normalized[tid] * float(num_bins)), num_bins - 1), 0)
    wp.atomic_add(histogram, b, 1)
