import warp as wp


@wp.kernel
def curl_flow(
    rng_seed: wp.int32,
    noise_scale: float,
    num_octaves: wp.int32,
    persistence: float,
    strength: float,
    velocity: wp.array2d[wp.vec2],
):
    i, j = wp.tid()
    state = wp.rand_init(rng_seed)
    curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale, wp.uint32(num_octaves), 2.0, persistence)
    velocity[i, j] = curl * strength
