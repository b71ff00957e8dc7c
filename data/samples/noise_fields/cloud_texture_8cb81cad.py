import warp as wp


NUM_OCTAVES = wp.constant(5)


@wp.func
def grid_coord(i: wp.int32, j: wp.int32, freq: float):
    return wp.vec2(float(i), float(j)) * freq


@wp.kernel
def cloud_texture(rng_seed: wp.int32, freq: float, values: wp.array2d[float]):
    """Fill a texture with normalised fBm noise."""
    i, j = wp.tid()
    state = wp.rand_init(rng_seed)
    total = float(0.0)
    norm = float(0.0)
    amplitude = float(1.0)
    frequency = float(1.0)
    for _octave in range(NUM_OCTAVES):
        total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)
        norm += amplitude
        amplitude *= 0.5
        frequency *= 2.0
    values[i, j] = total / norm
