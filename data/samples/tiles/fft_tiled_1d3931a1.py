import warp as wp


TILE_M = 1
TILE_N = wp.constant(256)
TILE_THREADS = 64


@wp.kernel
def fft_tiled(signal: wp.array2d[wp.vec2], filtered: wp.array2d[wp.vec2], gain: float):
    i = wp.tid()
    row_tile = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))
    wp.tile_fft(row_tile)
    row_tile = row_tile * (1.0 / wp.sqrt(float(TILE_N)))
    row_tile = row_tile * gain
    wp.tile_store(filtered, row_tile, offset=(i, 0))
