import warp as wp


@wp.func
def octave_noise(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):
    total = float(0.0)
    amplitude = float(1.0)
    for _octave in range(octaves):
        total += amplitude * wp.noise(state, p)
        p = p * 2.0
        amplitude *= gain
    return total


@wp.kernel
def stochastic_coverage(
    particle_flags: wp.array2d[wp.int32],
    seed: wp.int32,
    frequency: float,
    scroll: wp.vec2,
    time: float,
    octaves: wp.int32,
    occupied: wp.array2d[wp.int32],
):
    i, j = wp.tid()
    width = occupied.shape[0]
    state = wp.rand_init(seed, j * width + i)
    if particle_flags[i, j] != 1:
        return

    # map noise from [-1, 1] to a probability
    probability = wp.clamp(0.5 * (octave_noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * time, octaves, 0.5) + 1.0), 0.0, 1.0)
    if wp.randf(state) < probability:
        occupied[i, j] = 1
    else:
        occupied[i, j] = 0
