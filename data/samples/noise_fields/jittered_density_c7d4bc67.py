import warp as wp


@wp.kernel
def jittered_density(mask: wp.array2d[int], seed: int, frequency: float, scroll: wp.vec2, t: float):
    i, j = wp.tid()
    width = mask.shape[0]
    state = wp.rand_init(seed, j * width + i)

    # map noise from [-1, 1] to a probability
    probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * t) + 1.0), 0.0, 1.0)
    if wp.randf(state) < probability:
        mask[i, j] = 1
    else:
        mask[i, j] = 0
