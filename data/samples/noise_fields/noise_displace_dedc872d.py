import warp as wp


@wp.func
def fractal_noise(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):
    total = float(0.0)
    amplitude = float(1.0)
    for _octave in range(octaves):
        total += amplitude * wp.noise(state, p)
        p = p * 2.0
        amplitude *= gain
    return total


@wp.kernel
def noise_displace(
    heights: wp.array2d[float],
    rng_seed: int,
    frequency: float,
    num_octaves: int,
    gain: float,
    amplitude: float,
):
    i, j = wp.tid()
    state = wp.rand_init(rng_seed)
    h_base = heights[i, j]
    heights[i, j] = h_base + amplitude * fractal_noise(state, wp.vec2(float(i), float(j)) * frequency, num_octaves, gain)
