import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel
def fractal_escape(
    item_count: wp.array[int],
    coords: wp.array[wp.vec2],
    iterations: wp.array[float],
):
    """Escape-time iteration z = z^2 + c in double precision; the count of iterations before |z| > 2."""
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    z0 = coords[tid]
    c = wp.vec2d(z0)
    z = wp.vec2d()
    n = int(0)
    while n < MAX_ITERS and wp.dot(z, z) <= wp.float64(4.0):
        z = wp.vec2d(z[0] * z[0] - z[1] * z[1], wp.float64(2.0) * z[0] * z[1]) + c
        n += 1
    iterations[tid] = float(n)
