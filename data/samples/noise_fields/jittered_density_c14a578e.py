import warp as wp


@wp.kernel
def jittered_density(coverage: wp.array2d[int], seed: int, freq: float, wind: wp.vec2, time: float):
    i, j = wp.tid()
    width = coverage.shape[0]
    state = wp.rand_init(seed, j * width + i)

    # map noise from [-1, 1] to a probability
    probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * freq + wind * time) + 1.0), 0.0, 1.0)
    if wp.randf(state) < probability:
        coverage[i, j] = 1
    else:
        coverage[i, j] = 0
