import warp as wp


@wp.kernel
def count_bins(u: wp.array(dtype=wp.float64), counts: wp.array(dtype=int)):
    tid = wp.tid()
    num_bins = counts.shape[0]
    b = wp.max(wp.min(int(u[tid] * wp.float64(num_bins)), num_bins - 1), 0)
    wp.atomic_add(counts, b, 1)
