import warp as wp


@wp.kernel
def stochastic_coverage(
    mask: wp.array2d(dtype=int),
    seed: int,
    freq: float,
    scroll: wp.vec2,
    time: float,
):
    i, j = wp.tid()
    width = mask.shape[0]
    state = wp.rand_init(seed, j * width + i)

    # map noise from [-1, 1] to a probability
    probability = wp.clamp(0.5 * (wp.pnoise(state, wp.vec2(float(i), float(j)) * freq + scroll * time, 64, 64) + 1.0), 0.0, 1.0)
    if wp.randf(state) < probability:
        mask[i, j] = 1
    else:
        mask[i, j] = 0
