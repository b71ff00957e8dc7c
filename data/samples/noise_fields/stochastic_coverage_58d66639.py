import warp as wp


@wp.kernel
def stochastic_coverage(
    mask: wp.array2d[int],
    coverage: wp.array2d[int],
    seed: int,
    freq: float,
    time: float,
):
    i, j = wp.tid()
    width = coverage.shape[0]
    state = wp.rand_init(seed, j * width + i)
    if mask[i, j] == 0:
        return
    n = 1.0 - wp.abs(wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time)))
    ridge = n * n
    # map noise from [-1, 1] to a probability
    probability = wp.clamp(0.5 * (ridge + 1.0), 0.0, 1.0)
    if wp.randf(state) < probability:
        coverage[i, j] = 1
    else:
        coverage[i, j] = 0
