import warp as wp


NUM_OCTAVES = wp.constant(5)


@wp.kernel
def fractal_noise(seed: wp.int32, freq: float, time: float, noise_out: wp.array2d[float]):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    total = float(0.0)
    norm = float(0.0)
    amplitude = float(1.0)
    frequency = float(1.0)
    for _octave in range(NUM_OCTAVES):
        total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)
        norm += amplitude
        amplitude *= 0.5
        frequency *= 2.0
    noise_out[i, j] = total / norm
