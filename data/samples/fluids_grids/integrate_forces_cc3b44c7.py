import warp as wp


@wp.kernel
def integrate_forces(
    vel: wp.array2d(dtype=wp.vec2),
    rho: wp.array2d(dtype=float),
    u_out: wp.array2d(dtype=wp.vec2),
    g: wp.vec2,
    dt: float,
):
    i, j = wp.tid()
    u_out[i, j] = vel[i, j] + g * (rho[i, j] * dt)
