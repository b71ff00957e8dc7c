import warp as wp


TILE_SIZE = wp.constant(64)
TILE_THREADS = 64


@wp.kernel
def filter_blocks(signal: wp.array[float], result: wp.array[float], seed: wp.int32, scale: float):
    """Each block loads TILE_SIZE values, transforms them together and stores the result."""
    i = wp.tid()
    t = wp.tile_load(signal, shape=TILE_SIZE, offset=i * TILE_SIZE)
    rng = wp.rand_init(seed, i)

    # dither before quantising
    noise = wp.tile_randf(TILE_SIZE, rng, -1.0, 1.0)
    noisy = t + noise * scale
    wp.tile_store(result, noisy, offset=i * TILE_SIZE)
