import warp as wp


@wp.kernel
def bin_values(values: wp.array[float], histogram: wp.array[int]):
    """Histogram of values in [0, 1) over the bins of the output."""
    tid = wp.tid()
    num_bins = histogram.shape[0]
    b = wp.clamp(int(values[tid] * float(num_bins)), 0, num_bins - 1)
    wp.atomic_add(histogram, b, 1)
