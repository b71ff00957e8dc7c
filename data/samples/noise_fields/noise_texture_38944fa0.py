import warp as wp


@wp.kernel
def noise_texture(seed: int, frequency: float, noise_out: wp.array2d[float]):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * frequency
    noise_out[i, j] = 0.5 * wp.noise(state, p) + 0.5
