import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def step_magnetic_field(
    e_z: wp.array2d[float],
    ca: wp.array2d[float],
    dt_dx: float,
    hx: wp.array2d[float],
    h_y: wp.array2d[float],
):
    """FDTD magnetic field update on the staggered grid."""
    i, j = wp.tid()
    nx = e_z.shape[0]
    ny = e_z.shape[1]
    if i == nx - 1 or j == ny - 1:
        return
    loss = ca[i, j]
    hx[i, j] = loss * hx[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])
    h_y[i, j] = loss * h_y[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])


@wp.kernel
def update_e(
    hx: wp.array2d[float],
    h_y: wp.array2d[float],
    dt_dx: float,
    src_i: wp.int32,
    src_j: wp.int32,
    mag: float,
    f0: float,
    sim_time: float,
    e_z: wp.array2d[float],
):
    i, j = wp.tid()
    if i > 0 and j > 0:
        curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])
        e = e_z[i, j] + dt_dx * curl
        if i == src_i and j == src_j:
            s = mag * wp.sin(TWO_PI * f0 * sim_time)
            e += s
        e_z[i, j] = e


@wp.kernel
def wave_step(
    h_current: wp.array2d[float],
    k_speed: float,
    dx: float,
    sim_dt: float,
    h_previous: wp.array2d[float],
):
    i, j = wp.tid()
    im = wp.max(i - 1, 0)
    ip = wp.min(i + 1, h_current.shape[0] - 1)
    jm = wp.max(j - 1, 0)
    jp = wp.min(j + 1, h_current.shape[1] - 1)
    h1 = h_current[i, j]
    l = (h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp] - 4.0 * h1) / (dx * dx)
    h0 = h_previous[i, j]
    h = 2.0 * h1 - h0 + sim_dt * sim_dt * k_speed * l
    h_previous[i, j] = h
