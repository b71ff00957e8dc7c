import warp as wp


@wp.kernel
def noise_image(rng_seed: int, frequency: float, noise_out: wp.array2d[float]):
    i, j = wp.tid()
    state = wp.rand_init(rng_seed)
    p = wp.vec2(float(i) * frequency, float(j) * frequency)
    # tiles every 16 cells
    noise_out[i, j] = 0.5 * wp.pnoise(state, p, 16, 16) + 0.5
