import warp as wp


@wp.kernel
def add_buoyancy(
    velocity: wp.array2d[wp.vec2],
    density: wp.array2d[float],
    u_out: wp.array2d[wp.vec2],
    gravity: wp.vec2,
    dt: float,
):
    """Integrate external forces (buoyancy, gravity) over one step."""
    i, j = wp.tid()
    rho = density[i, j]
    u_out[i, j] = velocity[i, j] + dt * (gravity * rho)
