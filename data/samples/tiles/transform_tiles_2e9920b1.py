import warp as wp


TILE_SIZE = wp.constant(64)
TILE_THREADS = 64


@wp.kernel
def transform_tiles(values: wp.array[float], y: wp.array[float], threshold: float):
    """Each block loads TILE_SIZE values, transforms them together and stores the result."""
    i = wp.tid()
    t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)
    clipped = wp.tile_map(wp.max, t, wp.tile_full(shape=TILE_SIZE, value=threshold, dtype=float))
    mapped = wp.tile_map(wp.cos, clipped)
    wp.tile_store(y, mapped, offset=i * TILE_SIZE)
