import warp as wp


TILE_M = wp.constant(8)
TILE_N = wp.constant(16)
TILE_K = wp.constant(8)
TILE_THREADS = 64


@wp.kernel
def tile_gemm(a: wp.array2d(dtype=float), w: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    i = wp.tid()
    b_tile = wp.tile_load(w, shape=(TILE_K, TILE_N))
    prod = wp.tile_matmul(wp.tile_load(a, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0)), b_tile)
    c = wp.tile_map(wp.tanh, prod)
    wp.tile_store(out, c, offset=(i * TILE_M, 0))
