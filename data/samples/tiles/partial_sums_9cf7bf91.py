import warp as wp


TILE_SIZE = wp.constant(64)
TILE_THREADS = 64


@wp.kernel
def partial_sums(
    values: wp.array[float],
    baseline: wp.array[float],
    gain: float,
    alpha: float,
    block_sums: wp.array[float],
):
    i = wp.tid()
    tile = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)
    ref = wp.tile_load(baseline, shape=TILE_SIZE, offset=i * TILE_SIZE)

    # alpha * signal + beta * baseline, accumulated in place
    blended = wp.tile_zeros(shape=TILE_SIZE, dtype=float)
    wp.tile_axpy(gain, tile, blended)
    wp.tile_axpy(alpha, ref, blended)
    s = wp.tile_max(blended)
    # one partial per block; a second pass adds them up
    wp.tile_store(block_sums, s, offset=i)
