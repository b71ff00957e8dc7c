import warp as wp


CELL_FLUID = wp.constant(0)
CELL_AIR = wp.constant(1)
CELL_SOLID = wp.constant(2)


@wp.kernel
def smooth_pressure(
    pressure: wp.array2d[float],
    divergence: wp.array2d[float],
    relaxation: wp.array[float],
    pressure_out: wp.array2d[float],
):
    i, j = wp.tid()
    nx = pressure.shape[0]
    ny = pressure.shape[1]
    w = relaxation[0]
    if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:
        pressure_out[i, j] = (1.0 - w) * pressure[i, j] + 0.25 * w * (pressure[i - 1, j] + pressure[i + 1, j] + pressure[i, j - 1] + pressure[i, j + 1] - divergence[i, j])


@wp.func
def cell_flag_at(flags: wp.array2d(dtype=wp.int32), x: int, y: int, nx: int, ny: int) -> int:
    # above the grid is open air; the other sides are walls
    if y >= ny:
        return CELL_AIR
    if x < 0 or x >= nx or y < 0:
        return CELL_SOLID
    return flags[x, y]


@wp.kernel(enable_backward=False)
def pressure_gauss_seidel(
    cell_type: wp.array2d[wp.int32],
    divergence: wp.array2d[float],
    relaxation: wp.array[float],
    cell_size: wp.array[float],
    grid_p: wp.array2d[float],
    pressure_residual: wp.array2d[float],
    color: wp.int32,
):
    i, j = wp.tid()
    nx = cell_type.shape[0]
    ny = cell_type.shape[1]
    if (i + j) % 2 != color:
        return
    if cell_type[i, j] != CELL_FLUID:
        return
    dx = cell_size[0]
    omega = relaxation[0]
    i_w = i - 1
    i_e = i + 1
    acc = float(0.0)
    weight = float(0.0)
    f_w = cell_flag_at(cell_type, i_w, j, nx, ny)
    if f_w == CELL_FLUID:
        acc += grid_p[i_w, j]
        weight += 1.0
    elif f_w == CELL_AIR:
        weight += 1.0
    f_e = cell_flag_at(cell_type, i_e, j, nx, ny)
    if f_e == CELL_FLUID:
        acc += grid_p[i_e, j]
        weight += 1.0
    elif f_e == CELL_AIR:
        weight += 1.0
    f_s = cell_flag_at(cell_type, i, j - 1, nx, ny)
    if f_s == CELL_FLUID:
        acc += grid_p[i, j - 1]
        weight += 1.0
    elif f_s == CELL_AIR:
        weight += 1.0
    f_n = cell_flag_at(cell_type, i, j + 1, nx, ny)
    if f_n == CELL_FLUID:
        acc += grid_p[i, j + 1]
        weight += 1.0
    elif f_n == CELL_AIR:
        weight += 1.0
    if weight == 0.0:
        # enclosed by walls: the pressure is undetermined, leave it
        return
    b = divergence[i, j] * dx * dx
    p_gs = (acc - b) / weight
    p_old = grid_p[i, j]
    pressure_residual[i, j] = acc - weight * p_old - b
    # successive over-relaxation: omega = 1 is plain Gauss-Seidel
    grid_p[i, j] = p_old + omega * (p_gs - p_old)
