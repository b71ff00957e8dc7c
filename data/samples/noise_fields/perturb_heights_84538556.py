import warp as wp


@wp.func
def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):
    return wp.vec3(float(i) * freq, float(j) * freq, t)


@wp.kernel
def perturb_heights(
    heights: wp.array2d[float],
    seed: wp.int32,
    freq: float,
    time: float,
    amplitude: float,
    terrain_out: wp.array2d[float],
):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    noise_val = 1.0 - wp.abs(wp.noise(state, animated_coord(i, j, freq, time)))
    ridge = noise_val * noise_val
    terrain_out[i, j] = heights[i, j] + amplitude * ridge
