import warp as wp


TILE_SIZE = wp.constant(64)
TILE_THREADS = 64


@wp.kernel
def filter_blocks(x: wp.array[float], y: wp.array[float]):
    i = wp.tid()
    t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)
    wp.tile_store(y, t, offset=i * TILE_SIZE)
