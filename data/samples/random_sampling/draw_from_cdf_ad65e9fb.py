import warp as wp


@wp.kernel
def draw_from_cdf(
    probabilities: wp.array[float],
    positions: wp.array[wp.vec3],
    samples: wp.array[wp.vec3],
    seed: wp.int32,
    strength: float,
):
    """Draw items in proportion to their weight by inverting the cumulative distribution, then jitter the copies apart."""
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    index = wp.sample_cdf(rng, probabilities)
    # copies of the same point would stay together without the jitter
    samples[tid] = positions[index] + wp.sample_unit_cube(rng) * strength
