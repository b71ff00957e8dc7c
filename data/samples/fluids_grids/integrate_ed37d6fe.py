import warp as wp


@wp.kernel
def integrate(
    u: wp.array2d[wp.vec2],
    rho: wp.array2d[float],
    g: wp.vec2,
    dt: float,
    vel_new: wp.array2d[wp.vec2],
):
    i, j = wp.tid()
    vel = u[i, j]
    vel_new[i, j] = vel + dt * (g * rho[i, j])
