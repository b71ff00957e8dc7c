import warp as wp


@wp.kernel
def generate_noise(seed: int, freq: float, texture: wp.array2d[float]):
    """Fill a 2D array with Perlin noise at the given frequency."""
    i, j = wp.tid()
    state = wp.rand_init(seed)
    p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * freq
    texture[i, j] = 0.5 * wp.noise(state, p) + 0.5
