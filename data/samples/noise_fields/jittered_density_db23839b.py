import warp as wp


@wp.kernel
def jittered_density(
    active: wp.array2d[wp.int32],
    rng_seed: wp.int32,
    frequency: float,
    scroll: wp.vec2,
    sim_time: float,
    mask: wp.array2d[wp.int32],
):
    """Keep a cell where a jittered noise value passes the density threshold."""
    i, j = wp.tid()
    width = mask.shape[0]
    state = wp.rand_init(rng_seed, j * width + i)
    if active[i, j] != 1:
        return

    # map noise from [-1, 1] to a probability
    probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * sim_time) + 1.0), 0.0, 1.0)
    if wp.randf(state) < probability:
        mask[i, j] = 1
    else:
        mask[i, j] = 0
