import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)
RAMP_TIME = wp.constant(20.0)


@wp.kernel
def update_ez(
    h_x: wp.array2d[float],
    h_y: wp.array2d[float],
    loss: wp.array2d[float],
    courant: float,
    source_x: wp.int32,
    source_j: wp.int32,
    amplitude: float,
    source_freq: float,
    time: float,
    e_z: wp.array2d[float],
):
    i, j = wp.tid()
    ca = loss[i, j]
    if i > 0 and j > 0:
        curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])
        e = ca * e_z[i, j] + courant * curl
        if i == source_x and j == source_j:
            s = amplitude * wp.sin(TWO_PI * source_freq * time)
            if time < RAMP_TIME:
                s = s * time / RAMP_TIME
            e = s
        e_z[i, j] = e


@wp.kernel
def relax_density(density: wp.array2d[float], diffusivity: float, density_out: wp.array2d[float]):
    """Smooth the density field with a 3x3 filter (clamped at the borders)."""
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
    # move part of the way towards the local mean
    rho_new = density[i, j] + diffusivity * (mean - density[i, j])
    # fade a little every step
    density_out[i, j] = rho_new * wp.exp(-0.1)


@wp.kernel
def step_height_field(
    heights: wp.array2d[float],
    wave_speed: float,
    damping: float,
    dx: float,
    time_step: float,
    height_velocity: wp.array2d[float],
    heights_out: wp.array2d[float],
):
    i, j = wp.tid()
    inv_dx = 1.0 / dx
    im = wp.max(i - 1, 0)
    ip = wp.min(i + 1, heights.shape[0] - 1)
    jm = wp.max(j - 1, 0)
    jp = wp.min(j + 1, heights.shape[1] - 1)
    h1 = heights[i, j]
    edges = heights[im, j] + heights[ip, j] + heights[i, jm] + heights[i, jp]
    corners = heights[im, jm] + heights[ip, jm] + heights[im, jp] + heights[ip, jp]
    l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) * inv_dx * inv_dx
    v = height_velocity[i, j] + time_step * (wave_speed * l - damping * height_velocity[i, j])
    height_velocity[i, j] = v
    heights_out[i, j] = h1 + time_step * v
