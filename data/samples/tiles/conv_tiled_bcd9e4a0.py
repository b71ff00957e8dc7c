import warp as wp


TILE_M = 1
TILE_N = wp.constant(256)
TILE_THREADS = 64


@wp.func
def cplx_mul(a: wp.vec2, b: wp.vec2) -> wp.vec2:
    return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])


@wp.kernel
def conv_tiled(
    signal: wp.array2d(dtype=wp.vec2),
    transfer: wp.array2d(dtype=wp.vec2),
    filtered: wp.array2d(dtype=wp.vec2),
):
    i = wp.tid()
    a = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))
    wp.tile_fft(a)
    b = wp.tile_load(transfer, shape=(TILE_M, TILE_N), offset=(i, 0))
    c = wp.tile_map(cplx_mul, a, b)
    wp.tile_ifft(c)
    c = c * (1.0 / float(TILE_N))
    wp.tile_store(filtered, c, offset=(i, 0))
