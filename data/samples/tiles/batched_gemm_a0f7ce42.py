import warp as wp


TILE_M = wp.constant(8)
TILE_K = wp.constant(8)
TILE_THREADS = 64


@wp.kernel
def batched_gemm(batch: wp.array3d[float], weights: wp.array3d[float], products: wp.array3d[float]):
    i = wp.tid()
    a = wp.tile_load(batch[i], shape=(TILE_K, TILE_M))
    b = wp.tile_load(weights[i], shape=(TILE_K, TILE_M))
    prod = wp.tile_matmul(wp.tile_transpose(a), b, alpha=0.5)
    wp.tile_store(products[i], prod)
