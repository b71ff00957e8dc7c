import warp as wp


TILE_M = wp.constant(8)
TILE_K = wp.constant(8)
TILE_THREADS = 64


@wp.kernel
def batched_matmul(
    blocks: wp.array3d(dtype=float),
    w: wp.array3d(dtype=float),
    result: wp.array3d(dtype=float),
    gain: float,
):
    i = wp.tid()
    a = wp.tile_load(blocks[i], shape=(TILE_M, TILE_K))
    b = wp.tile_load(w[i], shape=(TILE_K, TILE_M))
    prod = wp.tile_zeros(shape=(TILE_M, TILE_M), dtype=float)
    wp.tile_matmul(a, b, prod, alpha=gain)
    wp.tile_store(result[i], prod)
