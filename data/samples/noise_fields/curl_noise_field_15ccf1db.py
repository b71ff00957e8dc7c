import warp as wp


@wp.kernel
def curl_noise_field(
    flow: wp.array2d[wp.vec2],
    rng_seed: int,
    frequency: float,
    lacunarity: float,
    noise_amplitude: float,
):
    i, j = wp.tid()
    state = wp.rand_init(rng_seed)
    curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * frequency, wp.uint32(6), lacunarity, 0.5)
    flow[i, j] = curl * noise_amplitude
