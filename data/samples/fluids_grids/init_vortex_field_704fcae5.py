import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def init_vortex_field(
    dx: float,
    domain_size: float,
    nu: float,
    t: float,
    u: wp.array2d[float],
    v: wp.array2d[float],
):
    i, j = wp.tid()
    x = TWO_PI * float(i) * dx / domain_size
    y = TWO_PI * float(j) * dx / domain_size
    f = 1.0 - 2.0 * nu * t
    sx = wp.sin(x)
    cx = wp.cos(x)
    sy = wp.sin(y)
    cy = wp.cos(y)
    u[i, j] = sx * cy * f
    v[i, j] = -cx * sy * f
