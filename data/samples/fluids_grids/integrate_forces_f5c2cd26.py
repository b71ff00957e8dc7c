import warp as wp


@wp.kernel
def integrate_forces(
    vel: wp.array2d[wp.vec2],
    rho: wp.array2d[float],
    g: wp.vec2,
    delta_time: float,
    u_out: wp.array2d[wp.vec2],
):
    """Integrate external forces (buoyancy, gravity) over one step."""
    i, j = wp.tid()
    u_out[i, j] = vel[i, j] + delta_time * (g * rho[i, j])
