import warp as wp


@wp.func
def grid_coord(i: wp.int32, j: wp.int32, freq: float):
    return wp.vec2(float(i), float(j)) * freq


@wp.kernel
def place_instances(
    noise_scale: wp.array(dtype=float),
    rng_seed: wp.int32,
    mask: wp.array2d(dtype=wp.int32),
):
    i, j = wp.tid()
    width = mask.shape[0]
    state = wp.rand_init(rng_seed, j * width + i)
    freq = noise_scale[0]
    # map noise from [-1, 1] to a probability
    probability = wp.clamp(0.5 * (wp.noise(state, grid_coord(i, j, freq)) + 1.0), 0.0, 1.0)
    if wp.randf(state) < probability:
        mask[i, j] = 1
    else:
        mask[i, j] = 0
