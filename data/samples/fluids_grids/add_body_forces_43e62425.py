import warp as wp


@wp.kernel
def add_body_forces(
    velocity: wp.array2d[wp.vec2],
    density: wp.array2d[float],
    gravity: wp.vec2,
    delta_time: float,
    velocity_out: wp.array2d[wp.vec2],
):
    i, j = wp.tid()
    f_g = gravity * density[i, j]
    velocity_out[i, j] = velocity[i, j] + delta_time * f_g
