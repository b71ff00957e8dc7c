import warp as wp


@wp.func
def fbm(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):
    total = float(0.0)
    amplitude = float(1.0)
    for _octave in range(octaves):
        total += amplitude * wp.noise(state, p)
        p = p * 2.0
        amplitude *= gain
    return total


@wp.kernel
def perturb_heights(
    heights: wp.array2d[float],
    seed: int,
    freq: float,
    octaves: int,
    amplitude: float,
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    ground = heights[i, j]
    heights[i, j] = ground + amplitude * fbm(state, wp.vec2(float(i), float(j)) * freq, octaves, 0.5)
