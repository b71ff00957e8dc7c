import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


def create_diffuse_kernel(periodic: bool):
    @wp.kernel
    def diffuse(
        heat: wp.array2d[float],
        diffusivity: float,
        delta_time: float,
        dx: float,
        temperature_out: wp.array2d[float],
    ):
        i, j = wp.tid()
        nx = heat.shape[0]
        ny = heat.shape[1]
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
        center = heat[i, j]
        lap = (heat[il, j] + heat[ir, j] + heat[i, jd] + heat[i, ju] - 4.0 * center) / (dx * dx)
        value = center + delta_time * diffusivity * lap
        temperature_out[i, j] = value
    return diffuse


diffuse_periodic = create_diffuse_kernel(True)


@wp.kernel
def diffuse_dye(density: wp.array2d[float], density_out: wp.array2d[float]):
    i, j = wp.tid()
    width = density.shape[0]
    height = density.shape[1]
    total = float(0.0)
    for a in range(3):
        for b in range(3):
            di = a - 1
            dj = b - 1
            x = wp.clamp(i + di, 0, width - 1)
            y = wp.clamp(j + dj, 0, height - 1)
            w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))
            total += w * density[x, y]
    mean = total * wp.static(1.0 / 16.0)
    density_out[i, j] = mean


@wp.kernel
def fdtd_update_e(
    h_x: wp.array2d[float],
    h_y: wp.array2d[float],
    loss: wp.array2d[float],
    step_count: wp.array[int],
    courant: float,
    source_i: int,
    source_j: int,
    height_scale: float,
    frequency: float,
    delta_time: float,
    e_z: wp.array2d[float],
):
    i, j = wp.tid()
    # E_z on the outer boundary stays zero (a perfect conductor)
    if i == 0 or j == 0:
        return
    ca = loss[i, j]
    t = float(step_count[0]) * delta_time
    curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])
    e = ca * e_z[i, j] + courant * curl
    if i == source_i and j == source_j:
        s = height_scale * wp.sin(TWO_PI * frequency * t)
        e = s
    e_z[i, j] = e


@wp.kernel
def integrate_waves(
    heights: wp.array2d[float],
    wave_speed: float,
    dx: float,
    delta_time: float,
    heights_prev: wp.array2d[float],
):
    i, j = wp.tid()
    im = wp.max(i - 1, 0)
    ip = wp.min(i + 1, heights.shape[0] - 1)
    jm = wp.max(j - 1, 0)
    jp = wp.min(j + 1, heights.shape[1] - 1)
    h1 = heights[i, j]
    l = (heights[im, j] + heights[ip, j] + heights[i, jm] + heights[i, jp] - 4.0 * h1) / (dx * dx)
    h0 = heights_prev[i, j]
    h = 2.0 * h1 - h0 + delta_time * delta_time * wave_speed * l
    heights_prev[i, j] = h
