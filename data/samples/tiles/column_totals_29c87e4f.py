import warp as wp


TILE_M = wp.constant(8)
TILE_N = wp.constant(32)
TILE_THREADS = 64


@wp.kernel
def column_totals(rows: wp.array2d[float], bias_grad: wp.array[float]):
    i = wp.tid()
    block_rows = wp.tile_load(rows, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))
    m = block_rows * 0.5
    col = wp.tile_sum(wp.tile_map(wp.abs, m), axis=0)
    wp.tile_atomic_add(bias_grad, col)
