import warp as wp


@wp.kernel
def curl_flow(
    seed: wp.int32,
    noise_scale: float,
    scroll: wp.vec2,
    time: float,
    noise_amplitude: float,
    velocity: wp.array2d(dtype=wp.vec2),
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale + scroll * time, wp.uint32(6), 2.0, 0.5)
    velocity[i, j] = curl * noise_amplitude
