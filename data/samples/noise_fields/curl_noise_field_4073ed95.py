import warp as wp


@wp.kernel
def curl_noise_field(
    velocity: wp.array2d(dtype=wp.vec2),
    seed: int,
    freq: float,
    octaves: int,
    amplitude: float,
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), 2.0, 0.5)
    velocity[i, j] = curl * amplitude
