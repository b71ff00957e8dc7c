import warp as wp


@wp.kernel
def apply_forces(
    vel: wp.array2d[wp.vec2],
    rho: wp.array2d[float],
    delta_time: float,
    u_out: wp.array2d[wp.vec2],
):
    i, j = wp.tid()
    u_out[i, j] = vel[i, j] + delta_time * (wp.vec2(0.0, -9.81) * rho[i, j])
