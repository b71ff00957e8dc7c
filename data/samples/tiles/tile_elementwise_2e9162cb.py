import warp as wp


TILE_SIZE = wp.constant(64)
TILE_THREADS = 64


@wp.kernel
def tile_elementwise(
    values: wp.array(dtype=float),
    output: wp.array(dtype=float),
    rng_seed: int,
    gain: float,
):
    i = wp.tid()
    t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)

    # taper the block edges before summing
    ramp = wp.tile_astype(wp.tile_arange(TILE_SIZE, dtype=int), dtype=float) * (2.0 * wp.pi / float(TILE_SIZE - 1))
    tapered = wp.tile_map(wp.mul, t, (wp.tile_ones(shape=TILE_SIZE, dtype=float) - wp.tile_map(wp.cos, ramp)) * 0.5)
    state = wp.rand_init(rng_seed, i)
    noise = wp.tile_randf(TILE_SIZE, state)
    noisy = tapered + (noise * 2.0 - wp.tile_ones(shape=TILE_SIZE, dtype=float)) * gain
    wp.tile_store(output, noisy, offset=i * TILE_SIZE)
