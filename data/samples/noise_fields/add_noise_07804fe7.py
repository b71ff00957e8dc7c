import warp as wp


@wp.kernel
def add_noise(
    heights: wp.array2d(dtype=float),
    seed: int,
    freq: float,
    strength: float,
    heights_out: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    h_base = heights[i, j]
    heights_out[i, j] = h_base + strength * wp.noise(state, wp.vec2(float(i), float(j)) * freq)
