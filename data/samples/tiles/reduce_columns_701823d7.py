import warp as wp


TILE_M = wp.constant(8)
TILE_N = wp.constant(32)
TILE_THREADS = 64


@wp.kernel
def reduce_columns(matrix: wp.array2d[float], bias_grad: wp.array2d[float]):
    i = wp.tid()
    block_rows = wp.tile_load(matrix, shape=(TILE_M, TILE_N), offset=(i * TILE_M, 0))
    m = wp.tile_map(wp.abs, block_rows)
    col = wp.tile_sum(wp.tile_map(wp.mul, m, m), axis=0)
    wp.tile_store(bias_grad, wp.tile_reshape(col, shape=(1, TILE_N)), offset=(i, 0))
