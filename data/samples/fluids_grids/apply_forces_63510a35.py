import warp as wp


@wp.kernel
def apply_forces(
    body_inv_mass: wp.array2d(dtype=float),
    velocity: wp.array2d(dtype=wp.vec2),
    temp: wp.array2d(dtype=float),
    density: wp.array2d(dtype=float),
    lift: float,
    gravity: wp.vec2,
    time_step: float,
    velocity_out: wp.array2d(dtype=wp.vec2),
):
    i, j = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if body_inv_mass[i, j] == 0.0:
        return
    u = velocity[i, j]
    t_cell = temp[i, j]
    rho = density[i, j]
    rise = lift * t_cell
    f_b = gravity * (rho - rise)
    velocity_out[i, j] = u + time_step * f_b
