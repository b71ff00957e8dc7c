import warp as wp


@wp.kernel
def step_magnetic_field(
    e_field: wp.array2d[float],
    h_x: wp.array2d[float],
    hy: wp.array2d[float],
    coef: float,
):
    i, j = wp.tid()
    nx = e_field.shape[0]
    ny = e_field.shape[1]

    # H_x at (i, j + 1/2)
    if j < ny - 1:
        h_x[i, j] -= coef * (e_field[i, j + 1] - e_field[i, j])
    # H_y at (i + 1/2, j)
    if i < nx - 1:
        hy[i, j] += coef * (e_field[i + 1, j] - e_field[i, j])


@wp.kernel
def wave_step(
    height_field: wp.array2d[float],
    heights_prev: wp.array2d[float],
    wave_speed: float,
    damping: float,
    cell_size: float,
    delta_time: float,
    heights_out: wp.array2d[float],
):
    i, j = wp.tid()
    inv_h = 1.0 / cell_size
    im = wp.max(i - 1, 0)
    ip = wp.min(i + 1, height_field.shape[0] - 1)
    jm = wp.max(j - 1, 0)
    jp = wp.min(j + 1, height_field.shape[1] - 1)
    h1 = height_field[i, j]
    l = (height_field[im, j] + height_field[ip, j] + height_field[i, jm] + height_field[i, jp] - 4.0 * h1) * inv_h * inv_h
    h0 = heights_prev[i, j]
    h = 2.0 * h1 - h0 + delta_time * delta_time * (wave_speed * l - damping * (h1 - h0))
    heights_out[i, j] = h
