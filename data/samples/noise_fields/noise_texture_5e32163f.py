import warp as wp


@wp.kernel
def noise_texture(seed: wp.int32, freq: float, noise_out: wp.array2d(dtype=float)):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * freq
    # tiles every 16 cells
    noise_out[i, j] = wp.pnoise(state, p, 16, 16)


@wp.func
def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):
    return wp.vec3(float(i) * freq, float(j) * freq, t)


@wp.kernel
def perturb_heights(
    heights: wp.array2d(dtype=float),
    seed: wp.int32,
    freq: float,
    time: float,
    amplitude: float,
    heights_out: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    n = 1.0 - wp.abs(wp.noise(state, animated_coord(i, j, freq, time)))
    ridge = n * n
    heights_out[i, j] = heights[i, j] + amplitude * ridge


@wp.func
def scrolling_coord(i: wp.int32, j: wp.int32, freq: float, scroll: wp.vec2, t: float):
    return wp.vec2(float(i), float(j)) * freq + scroll * t


@wp.kernel
def curl_flow(
    seed: wp.int32,
    freq: float,
    wind: wp.vec2,
    time: float,
    octaves: wp.int32,
    amplitude: float,
    wind_field: wp.array2d(dtype=wp.vec2),
):
    """Divergence-free velocity field from curl noise."""
    i, j = wp.tid()
    state = wp.rand_init(seed)
    curl = wp.curlnoise(state, scrolling_coord(i, j, freq, wind, time), wp.uint32(octaves), 2.0, 0.5)
    wind_field[i, j] = curl * amplitude
