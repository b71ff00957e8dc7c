import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)
PI = wp.constant(3.14159265358979)


@wp.kernel
def init_vortex_field(
    vel_x: wp.array2d(dtype=float),
    v: wp.array2d(dtype=float),
    curl: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    x = TWO_PI * (float(i) + 0.5) / float(vel_x.shape[0])
    y = TWO_PI * (float(j) + 0.5) / float(vel_x.shape[1])
    sx = wp.sin(x)
    cx = wp.cos(x)
    sy = wp.sin(y)
    cy = wp.cos(y)
    vel_x[i, j] = sx * cy
    v[i, j] = -cx * sy
    curl[i, j] = 2.0 * sx * sy


@wp.kernel
def init_mixing_layer(
    dx: float,
    domain_size: float,
    shear_speed: float,
    layer_width: float,
    amplitude: float,
    vel_x: wp.array2d(dtype=float),
    vel_y: wp.array2d(dtype=float),
    density: wp.array2d(dtype=float),
):
    i, j = wp.tid()

    # cell centres, y measured from the middle of the domain
    x = (float(i) + 0.5) * dx
    y = (float(j) + 0.5) * dx - 0.5 * domain_size
    # fast strip |y| < w in the middle, slower flow the other way outside
    u = -shear_speed
    rho = 1.0
    if y > -layer_width and y < layer_width:
        u = shear_speed
        rho = 2.0
    # perturb only within half a layer width of the nearer interface
    d = y - layer_width
    if y < 0.0:
        d = y + layer_width
    bump = float(0.0)
    if 4.0 * d * d < layer_width * layer_width:
        bump = 1.0
    v = amplitude * bump * wp.cos(2.0 * PI * x / domain_size)
    vel_x[i, j] = u
    vel_y[i, j] = v
    density[i, j] = rho


@wp.func
def lookup_pressure(p: wp.array2d[float], x: int, y: int):
    x = wp.clamp(x, 0, p.shape[0] - 1)
    y = wp.clamp(y, 0, p.shape[1] - 1)
    return p[x, y]


@wp.kernel
def relax_pressure(
    pressure: wp.array2d(dtype=float),
    divergence: wp.array2d(dtype=float),
    dx: float,
    pressure_out: wp.array2d(dtype=float),
    max_change: wp.array(dtype=float),
):
    i, j = wp.tid()
    edges = (
        lookup_pressure(pressure, i - 1, j) + lookup_pressure(pressure, i + 1, j)
        + lookup_pressure(pressure, i, j - 1) + lookup_pressure(pressure, i, j + 1)
    )
    corners = (
        lookup_pressure(pressure, i - 1, j - 1) + lookup_pressure(pressure, i + 1, j - 1)
        + lookup_pressure(pressure, i - 1, j + 1) + lookup_pressure(pressure, i + 1, j + 1)
    )
    # 9-point Laplacian: (4 * edges + corners - 20 p) / 6 = h^2 div
    p_new = (4.0 * edges + corners - 6.0 * dx * dx * divergence[i, j]) / 20.0
    # largest change this sweep, for the convergence test
    wp.atomic_max(max_change, 0, wp.abs(p_new - pressure[i, j]))
    pressure_out[i, j] = p_new
