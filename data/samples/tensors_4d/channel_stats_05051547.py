import warp as wp


@wp.kernel
def channel_stats(
    activations: wp.array4d[float],
    channel_sum: wp.array[float],
    channel_sq_sum: wp.array[float],
):
    """Accumulate per-channel sums of x and x^2 for batch-norm statistics."""
    n, c, y, x = wp.tid()
    value = activations[n, c, y, x]
    wp.atomic_add(channel_sum, c, value)
    wp.atomic_add(channel_sq_sum, c, value * value)
