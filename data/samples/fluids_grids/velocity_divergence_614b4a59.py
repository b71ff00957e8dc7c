import warp as wp


@wp.kernel
def velocity_divergence(vel: wp.array2d(dtype=wp.vec2), div_out: wp.array2d(dtype=float)):
    i, j = wp.tid()
    if i != vel.shape[0] - 1 and j != vel.shape[1] - 1:
        dx_term = (vel[i + 1, j][0] - vel[i, j][0]) * 0.5
        dy_term = (vel[i, j + 1][1] - vel[i, j][1]) * 0.5
        div_out[i, j] = dx_term + dy_term
