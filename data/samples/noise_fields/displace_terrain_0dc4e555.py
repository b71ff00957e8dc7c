import warp as wp


@wp.kernel
def displace_terrain(
    terrain: wp.array2d[float],
    seed: int,
    frequency: float,
    noise_amplitude: float,
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    terrain[i, j] = terrain[i, j] + noise_amplitude * wp.noise(state, wp.vec2(float(i), float(j)) * frequency)
