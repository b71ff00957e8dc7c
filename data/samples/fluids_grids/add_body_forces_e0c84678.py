import warp as wp


@wp.kernel
def add_body_forces(
    u: wp.array2d(dtype=wp.vec2),
    temperature: wp.array2d(dtype=float),
    t_ambient: float,
    beta: float,
    dt: float,
):
    """Body force on the grid velocity: gravity weighted by the density, then the density fades."""
    i, j = wp.tid()
    u[i, j] = u[i, j] + wp.vec2(0.0, dt * beta * (temperature[i, j] - t_ambient))
