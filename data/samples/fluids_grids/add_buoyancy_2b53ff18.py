import warp as wp


@wp.kernel
def add_buoyancy(
    u: wp.array2d[wp.vec2],
    density: wp.array2d[float],
    u_out: wp.array2d[wp.vec2],
    buoyancy: float,
    dt: float,
):
    """Add body forces to the grid velocity."""
    i, j = wp.tid()
    u_out[i, j] = u[i, j] + dt * wp.vec2(0.0, buoyancy * density[i, j])
