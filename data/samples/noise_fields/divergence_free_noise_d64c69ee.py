import warp as wp


@wp.kernel
def divergence_free_noise(
    wind_field: wp.array2d(dtype=wp.vec2),
    seed: int,
    freq: float,
    octaves: int,
    lacunarity: float,
    amplitude: float,
):
    """Divergence-free velocity field from curl noise."""
    i, j = wp.tid()
    state = wp.rand_init(seed)
    curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), lacunarity, 0.5)
    wind_field[i, j] = curl * amplitude
