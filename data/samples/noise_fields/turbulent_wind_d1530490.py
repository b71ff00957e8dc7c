import warp as wp


@wp.kernel
def turbulent_wind(flow: wp.array2d(dtype=wp.vec2), seed: int, frequency: float, amplitude: float):
    """Sample a turbulent, incompressible wind field on the grid."""
    i, j = wp.tid()
    state = wp.rand_init(seed)
    curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * frequency, wp.uint32(4), 2.0, 0.5)
    flow[i, j] = curl * amplitude
