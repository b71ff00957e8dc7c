import warp as wp


@wp.kernel
def histogram(values: wp.array[float], hist: wp.array[int], range_min: float):
    tid = wp.tid()
    x = values[tid]
    num_bins = hist.shape[0]
    b = wp.clamp(int((x - range_min) * 16.0), 0, num_bins - 1)
    wp.atomic_add(hist, b, 1)
