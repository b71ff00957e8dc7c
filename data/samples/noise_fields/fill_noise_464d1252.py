import warp as wp


@wp.kernel
def fill_noise(seed: wp.int32, frequency: float, noise_out: wp.array2d[float]):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    uv = wp.vec2(float(i) / float(noise_out.shape[0]), float(j) / float(noise_out.shape[1]))
    p = uv * frequency
    noise_out[i, j] = wp.noise(state, p)


@wp.kernel
def add_noise(
    seed: wp.int32,
    frequency: float,
    time: float,
    amplitude: float,
    terrain: wp.array2d[float],
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    nv = 1.0 - wp.abs(wp.noise(state, wp.vec3(float(i) * frequency, float(j) * frequency, time)))
    ridged = nv * nv
    terrain[i, j] = terrain[i, j] + amplitude * ridged


@wp.func
def scrolling_coord(i: wp.int32, j: wp.int32, freq: float, scroll: wp.vec2, t: float):
    return wp.vec2(float(i), float(j)) * freq + scroll * t


@wp.kernel
def curl_flow(
    particle_flags: wp.array2d[wp.int32],
    seed: wp.int32,
    frequency: float,
    scroll: wp.vec2,
    time: float,
    num_octaves: wp.int32,
    amplitude: float,
    velocity: wp.array2d[wp.vec2],
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    if particle_flags[i, j] != 1:
        return
    curl = wp.curlnoise(state, scrolling_coord(i, j, frequency, scroll, time), wp.uint32(num_octaves), 2.0, 0.5)
    velocity[i, j] = curl * amplitude
