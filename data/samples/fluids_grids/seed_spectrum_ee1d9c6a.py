import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)
PI = wp.constant(3.14159265358979)


@wp.kernel
def seed_spectrum(
    energy: wp.array2d[float],
    phase_noise: wp.array2d[float],
    in_phase: wp.array2d[float],
    imag: wp.array2d[float],
):
    i, j = wp.tid()

    # amplitude of a mode from its share of the energy
    a = wp.sqrt(2.0 * energy[i, j])
    # no energy in the mean (k = 0) mode
    if i == 0 and j == 0:
        a = 0.0
    phi = TWO_PI * phase_noise[i, j]
    in_phase[i, j] = a * wp.cos(phi)
    imag[i, j] = a * wp.sin(phi)


@wp.kernel
def halo_copy(volume: wp.array3d[wp.float64]):
    i, j = wp.tid()
    n = volume.shape[2]

    # zero-gradient walls: ghosts copy their interior neighbours
    volume[i, j, 0] = volume[i, j, 1]
    volume[i, j, n - 1] = volume[i, j, n - 2]


@wp.kernel
def wave_heights(
    cell_size: wp.array[float],
    wavenumber: wp.array[float],
    angular_freq: wp.array[float],
    sim_time: wp.array[float],
    amplitude: wp.array[float],
    heights: wp.array2d[float],
):
    i, j = wp.tid()
    amp = amplitude[0]
    time = sim_time[0]
    w = angular_freq[0]
    kw = wavenumber[0]
    cell_dx = cell_size[0]
    p = wp.vec2(float(i), float(j)) * cell_dx
    phase = w * time
    heights[i, j] = amp * wp.cos(kw * p[0]) * wp.cos(kw * p[1]) * wp.sin(phase)


@wp.kernel
def init_shear_layer(
    cell_size: wp.array[float],
    domain_width: wp.array[float],
    shear_speed: wp.array[float],
    layer_width: wp.array[float],
    amplitude: wp.array[float],
    vel_x: wp.array2d[float],
    vel_y: wp.array2d[float],
):
    i, j = wp.tid()
    amp = amplitude[0]
    width = layer_width[0]
    u0 = shear_speed[0]
    size = domain_width[0]
    dx = cell_size[0]
    # cell centres, y measured from the middle of the domain
    x = (float(i) + 0.5) * dx
    y = (float(j) + 0.5) * dx - 0.5 * size
    # piecewise-linear velocity across the layer, uniform outside it
    u = u0 * y / width
    if y > width:
        u = u0
    elif y < -width:
        u = -u0
    v = amp * wp.sin(4.0 * PI * x / size)
    vel_x[i, j] = u
    vel_y[i, j] = v


@wp.kernel
def taylor_green(cell_size: wp.array[float], velocity_out: wp.array2d[wp.vec2]):
    i, j = wp.tid()
    velocity_out[i, j] = wp.vec2(wp.sin(float(i) * cell_size[0]) * wp.cos(float(j) * cell_size[0]), -wp.cos(float(i) * cell_size[0]) * wp.sin(float(j) * cell_size[0]))


@wp.kernel
def eval_taylor_green(
    cell_size: wp.array[float],
    vel_x: wp.array2d[float],
    vel_y: wp.array2d[float],
):
    i, j = wp.tid()
    dx = cell_size[0]
    x = float(i) * dx
    y = float(j) * dx
    sx = wp.sin(x)
    cx = wp.cos(x)
    sy = wp.sin(y)
    cy = wp.cos(y)
    vel_x[i, j] = sx * cy
    vel_y[i, j] = -cx * sy
