import warp as wp


@wp.kernel
def bin_values(values: wp.array[float], counts: wp.array[int], lower: float, inv_bin_width: float):
    """Histogram of the values; counts must be zeroed before the launch."""
    tid = wp.tid()
    x = values[tid]
    num_bins = counts.shape[0]
    b = wp.clamp(int((x - lower) * inv_bin_width), 0, num_bins - 1)
    wp.atomic_add(counts, b, 1)
