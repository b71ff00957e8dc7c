import warp as wp


@wp.kernel
def integrate(u: wp.array2d[wp.vec2], dye: wp.array2d[float], dt: float):
    i, j = wp.tid()
    rho = dye[i, j]
    u[i, j] = u[i, j] + dt * (wp.vec2(0.0, -9.81) * rho)
