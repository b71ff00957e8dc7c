import warp as wp


@wp.kernel
def advance_e(
    hx: wp.array2d[float],
    h_y: wp.array2d[float],
    timestep_counter: wp.array[int],
    dt_dx: float,
    src_i: int,
    src_j: int,
    amp: float,
    omega: float,
    sim_dt: float,
    ez: wp.array2d[float],
):
    """Advance E_z one step from the curl of H (2D TM Yee scheme), with a point source."""
    i, j = wp.tid()
    # E_z on the outer boundary stays zero (a perfect conductor)
    if i == 0 or j == 0:
        return
    t = float(timestep_counter[0]) * sim_dt
    curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])
    e = ez[i, j] + dt_dx * curl
    if i == src_i and j == src_j:
        s = amp * wp.sin(omega * t)
        e = s
    ez[i, j] = e


@wp.kernel
def step_magnetic_field(
    ez: wp.array2d[float],
    loss: wp.array2d[float],
    dt_dx: float,
    hx: wp.array2d[float],
    h_y: wp.array2d[float],
):
    i, j = wp.tid()
    nx = ez.shape[0]
    ny = ez.shape[1]
    ca = loss[i, j]
    # H_x at (i, j + 1/2)
    if j < ny - 1:
        hx[i, j] = ca * hx[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])
    # H_y at (i + 1/2, j)
    if i < nx - 1:
        h_y[i, j] = ca * h_y[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])


@wp.func
def height_at(h: wp.array2d[float], x: int, y: int):
    x = wp.clamp(x, 0, h.shape[0] - 1)
    y = wp.clamp(y, 0, h.shape[1] - 1)
    return h[x, y]


@wp.func
def laplacian(h: wp.array2d[float], x: int, y: int):
    ddx = height_at(h, x + 1, y) - 2.0 * height_at(h, x, y) + height_at(h, x - 1, y)
    ddy = height_at(h, x, y + 1) - 2.0 * height_at(h, x, y) + height_at(h, x, y - 1)
    return ddx + ddy


@wp.kernel
def wave_step(
    particle_inv_mass: wp.array2d[float],
    heights: wp.array2d[float],
    heights_prev: wp.array2d[float],
    wave_speed: float,
    damping: float,
    cell_size: float,
    sim_dt: float,
    heights_out: wp.array2d[float],
):
    i, j = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if particle_inv_mass[i, j] == 0.0:
        return
    l = laplacian(heights, i, j) / (cell_size * cell_size)
    h1 = heights[i, j]
    h0 = heights_prev[i, j]
    h = 2.0 * h1 - h0 + sim_dt * sim_dt * (wave_speed * l - damping * (h1 - h0))
    heights_out[i, j] = h


@wp.kernel
def blur_density(density: wp.array2d[wp.vec3], kappa: float, density_out: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    width = density.shape[0]
    height = density.shape[1]
    total = wp.vec3(0.0)
    weight_sum = float(0.0)
    for di in range(-1, 2):
        for dj in range(-1, 2):
            x = wp.clamp(i + di, 0, width - 1)
            y = wp.clamp(j + dj, 0, height - 1)
            w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))
            total += w * density[x, y]
            weight_sum += w
    mean = total / weight_sum
    rho_new = wp.lerp(density[i, j], mean, kappa)
    density_out[i, j] = rho_new
