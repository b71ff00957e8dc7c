import warp as wp


NUM_OCTAVES = wp.constant(5)


@wp.func
def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):
    return wp.vec3(float(i) * freq, float(j) * freq, t)


@wp.kernel
def fractal_noise(
    flags: wp.array2d[wp.int32],
    rng_seed: wp.int32,
    freq: float,
    sim_time: float,
    noise_out: wp.array2d[float],
):
    """Fractal Brownian motion: a fixed number of noise octaves, each at twice the frequency and a fraction of the amplitude."""
    i, j = wp.tid()
    state = wp.rand_init(rng_seed)
    if flags[i, j] != 1:
        return
    total = float(0.0)
    norm = float(0.0)
    amplitude = float(1.0)
    frequency = float(1.0)
    for _octave in range(NUM_OCTAVES):
        total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)
        norm += amplitude
        amplitude *= 0.5
        frequency *= 2.0
    noise_out[i, j] = total / norm
