import warp as wp


@wp.kernel
def integrate(
    u: wp.array2d[wp.vec2],
    density: wp.array2d[float],
    velocity_out: wp.array2d[wp.vec2],
    drag: float,
    dt: float,
):
    i, j = wp.tid()
    vel = u[i, j]
    rho = density[i, j]
    friction = -vel * (drag * wp.clamp(rho, 0.0, 1.0))
    velocity_out[i, j] = vel + dt * friction
