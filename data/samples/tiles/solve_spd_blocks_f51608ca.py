import warp as wp


TILE_N = wp.constant(8)
TILE_THREADS = 64


@wp.kernel
def solve_spd_blocks(
    blocks: wp.array3d[float],
    diag: wp.array2d[float],
    residuals: wp.array2d[float],
    delta: wp.array2d[float],
    lower: wp.array3d[float],
):
    i = wp.tid()
    a = wp.tile_load(blocks[i], shape=(TILE_N, TILE_N))
    spd = wp.tile_matmul(a, wp.tile_transpose(a))
    spd = wp.tile_diag_add(spd, wp.tile_load(diag[i], shape=TILE_N))
    l = wp.tile_cholesky(spd)
    wp.tile_store(lower[i], l)
    rhs = wp.tile_load(residuals[i], shape=TILE_N)
    wp.tile_lower_solve_inplace(l, rhs)
    wp.tile_upper_solve_inplace(wp.tile_transpose(l), rhs)
    wp.tile_store(delta[i], rhs)
