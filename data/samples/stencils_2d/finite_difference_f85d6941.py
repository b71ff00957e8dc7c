import warp as wp


@wp.kernel
def finite_difference(field: wp.array2d[wp.vec2], df_dx: wp.array2d[wp.vec2], cell_size: float):
    i, j = wp.tid()
    inv_dx = 1.0 / cell_size
    jp = wp.min(j + 1, field.shape[1] - 1)
    jm = wp.max(j - 1, 0)
    df_dx[i, j] = (field[i, jp] - field[i, jm]) * (0.5 * inv_dx)
