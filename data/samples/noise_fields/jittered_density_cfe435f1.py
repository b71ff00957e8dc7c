import warp as wp


@wp.func
def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):
    return wp.vec3(float(i) * freq, float(j) * freq, t)


@wp.kernel
def jittered_density(
    seed: wp.int32,
    noise_scale: float,
    time: float,
    coverage: wp.array2d[wp.int32],
):
    i, j = wp.tid()
    width = coverage.shape[0]
    state = wp.rand_init(seed, j * width + i)

    # map noise from [-1, 1] to a probability
    probability = wp.clamp(0.5 * (wp.noise(state, animated_coord(i, j, noise_scale, time)) + 1.0), 0.0, 1.0)
    if wp.randf(state) < probability:
        coverage[i, j] = 1
    else:
        coverage[i, j] = 0
