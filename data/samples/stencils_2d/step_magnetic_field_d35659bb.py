import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def step_magnetic_field(
    ez: wp.array2d[float],
    ca: wp.array2d[float],
    dt_dx: float,
    hx: wp.array2d[float],
    h_y: wp.array2d[float],
):
    i, j = wp.tid()
    nx = ez.shape[0]
    ny = ez.shape[1]
    loss = ca[i, j]
    if j < ny - 1:
        de_dy = ez[i, j + 1] - ez[i, j]
        hx[i, j] = loss * hx[i, j] - dt_dx * (de_dy)
    if i < nx - 1:
        de_dx = ez[i + 1, j] - ez[i, j]
        h_y[i, j] = loss * h_y[i, j] + dt_dx * (de_dx)


@wp.kernel
def step_electric_field(
    hx: wp.array2d[float],
    h_y: wp.array2d[float],
    dt_dx: float,
    src_i: int,
    src_j: int,
    amp: float,
    f0: float,
    sim_time: float,
    ez: wp.array2d[float],
):
    i, j = wp.tid()
    # E_z on the outer boundary stays zero (a perfect conductor)
    if i == 0 or j == 0:
        return
    curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])
    e = ez[i, j] + dt_dx * curl
    if i == src_i and j == src_j:
        s = amp * wp.sin(TWO_PI * f0 * sim_time)
        e = s
    ez[i, j] = e


def create_heat_step_kernel(periodic: bool):
    @wp.kernel
    def heat_step(
        particle_flags: wp.array2d[int],
        temperature: wp.array2d[float],
        sources: wp.array2d[float],
        diffusivity: float,
        delta_time: float,
        grid_dx: float,
        temp_new: wp.array2d[float],
    ):
        i, j = wp.tid()
        nx = temperature.shape[0]
        ny = temperature.shape[1]
        flag = particle_flags[i, j]
        if flag == 0:
            return
        if wp.static(periodic):
            il = (i - 1 + nx) % nx
            ir = (i + 1) % nx
            jd = (j - 1 + ny) % ny
            ju = (j + 1) % ny
        else:
            il = wp.max(i - 1, 0)
            ir = wp.min(i + 1, nx - 1)
            jd = wp.max(j - 1, 0)
            ju = wp.min(j + 1, ny - 1)
        center = temperature[i, j]
        alpha = diffusivity * delta_time / (grid_dx * grid_dx)
        neighbours = temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju]
        value = (1.0 - 4.0 * alpha) * center + alpha * neighbours
        value += delta_time * sources[i, j]
        temp_new[i, j] = value
    return heat_step


heat_step_periodic = create_heat_step_kernel(True)
