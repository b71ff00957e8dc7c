import warp as wp


@wp.kernel
def compute_divergence(vel: wp.array2d[wp.vec2], inv_cell: float, div_out: wp.array2d[float]):
    i, j = wp.tid()
    if i != vel.shape[0] - 1 and j != vel.shape[1] - 1:
        dx_term = (vel[i + 1, j][0] - vel[i, j][0]) * inv_cell
        dy_term = (vel[i, j + 1][1] - vel[i, j][1]) * inv_cell
        div_out[i, j] = dx_term + dy_term
