import warp as wp


TILE_M = wp.constant(8)
TILE_N = wp.constant(32)
TILE_THREADS = 64


@wp.kernel
def reduce_columns(matrix: wp.array2d(dtype=float), col_sums: wp.array2d(dtype=float), gain: float):
    """Column totals of a row-major matrix, accumulated block by block."""
    i = wp.tid()
    m = wp.tile_load(matrix, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))
    block_rows = wp.tile_map(wp.tanh, m * gain) * gain
    col = wp.tile_sum(wp.tile_map(wp.mul, block_rows, block_rows), axis=0)
    # one row of partial sums per block; a second pass adds the rows
    wp.tile_store(col_sums[i], col)
