import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


def create_diffuse_kernel(periodic: bool):
    @wp.kernel
    def diffuse(
        temperature: wp.array2d[float],
        emitter: wp.array2d[float],
        temp_new: wp.array2d[float],
        nu: float,
        sim_dt: float,
        dx: float,
    ):
        i, j = wp.tid()
        nx = temperature.shape[0]
        ny = temperature.shape[1]
        q = emitter[i, j]
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
        alpha = nu * sim_dt / (dx * dx)
        neighbours = temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju]
        value = (1.0 - 4.0 * alpha) * center + alpha * neighbours
        value += sim_dt * q
        temp_new[i, j] = value
    return diffuse


diffuse_walled = create_diffuse_kernel(False)


@wp.kernel
def fdtd_update_e(
    h_x: wp.array2d[float],
    h_y: wp.array2d[float],
    dt_dx: float,
    src_i: int,
    src_j: int,
    amp: float,
    f0: float,
    sim_time: float,
    e_z: wp.array2d[float],
):
    i, j = wp.tid()
    if i > 0 and j > 0:
        curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])
        e = e_z[i, j] + dt_dx * curl
        if i == src_i and j == src_j:
            s = amp * wp.sin(TWO_PI * f0 * sim_time)
            e += s
        e_z[i, j] = e


@wp.kernel
def smooth_density(dye: wp.array2d[wp.vec3], nu: float, dye_out: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    width = dye.shape[0]
    height = dye.shape[1]
    total = wp.vec3(0.0)
    for a in range(3):
        for b in range(3):
            di = a - 1
            dj = b - 1
            x = wp.clamp(i + di, 0, width - 1)
            y = wp.clamp(j + dj, 0, height - 1)
            total += dye[x, y]
    mean = total * wp.static(1.0 / 9.0)
    rho_new = wp.lerp(dye[i, j], mean, nu)
    dye_out[i, j] = rho_new


@wp.kernel
def wave_step(
    h_current: wp.array2d[float],
    c: float,
    k_damp: float,
    dx: float,
    sim_dt: float,
    h_previous: wp.array2d[float],
):
    i, j = wp.tid()
    inv_dx = 1.0 / dx
    im = wp.max(i - 1, 0)
    ip = wp.min(i + 1, h_current.shape[0] - 1)
    jm = wp.max(j - 1, 0)
    jp = wp.min(j + 1, h_current.shape[1] - 1)
    h1 = h_current[i, j]
    edges = h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp]
    corners = h_current[im, jm] + h_current[ip, jm] + h_current[im, jp] + h_current[ip, jp]
    l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) * inv_dx * inv_dx
    h0 = h_previous[i, j]
    h = h1 + (h1 - h0) * (1.0 - k_damp * sim_dt) + sim_dt * sim_dt * c * l
    h_previous[i, j] = h


@wp.kernel
def step_magnetic_field(
    e_z: wp.array2d[float],
    ca: wp.array2d[float],
    dt_dx: float,
    h_x: wp.array2d[float],
    h_y: wp.array2d[float],
):
    i, j = wp.tid()
    nx = e_z.shape[0]
    ny = e_z.shape[1]

    # H_x at (i, j + 1/2)
    if j < ny - 1:
        h_x[i, j] = ca[i, j] * h_x[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])
    # H_y at (i + 1/2, j)
    if i < nx - 1:
        h_y[i, j] = ca[i, j] * h_y[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])
