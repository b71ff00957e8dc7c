import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)
RAMP_TIME = wp.constant(20.0)


@wp.kernel
def fdtd_update_e(
    hx: wp.array2d[float],
    h_y: wp.array2d[float],
    dt_dx: float,
    ca: float,
    src_i: wp.int32,
    src_j: wp.int32,
    mag: float,
    f0: float,
    sim_time: float,
    ez: wp.array2d[float],
):
    i, j = wp.tid()
    # E_z on the outer boundary stays zero (a perfect conductor)
    if i == 0 or j == 0:
        return
    curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])
    e = ca * ez[i, j] + dt_dx * curl
    if i == src_i and j == src_j:
        # ramp the source in to avoid a step at t = 0
        s = mag * wp.sin(TWO_PI * f0 * sim_time)
        if sim_time < RAMP_TIME:
            s = s * sim_time / RAMP_TIME
        e = s
    ez[i, j] = e


@wp.kernel
def wave_step(
    h_current: wp.array2d[float],
    k_speed: float,
    k_damp: float,
    cell_size: float,
    sim_dt: float,
    h_velocity: wp.array2d[float],
    h_next: wp.array2d[float],
):
    i, j = wp.tid()
    im = wp.max(i - 1, 0)
    ip = wp.min(i + 1, h_current.shape[0] - 1)
    jm = wp.max(j - 1, 0)
    jp = wp.min(j + 1, h_current.shape[1] - 1)
    h1 = h_current[i, j]
    edges = h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp]
    corners = h_current[im, jm] + h_current[ip, jm] + h_current[im, jp] + h_current[ip, jp]
    l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) / (cell_size * cell_size)
    v = h_velocity[i, j] + sim_dt * (k_speed * l - k_damp * h_velocity[i, j])
    h_velocity[i, j] = v
    h_next[i, j] = h1 + sim_dt * v
