import warp as wp


PI = wp.constant(3.14159265358979)


@wp.kernel
def halo_copy(layer: wp.int32, field: wp.array3d[wp.vec2], slot: wp.array2d[wp.vec2]):
    """Fill or copy one face layer of the 3D field."""
    i, j = wp.tid()

    # add the neighbour's contribution received in the halo
    field[i, j, layer] += slot[i, j]


@wp.kernel
def add_source_3d(smoke: wp.array3d[float], source: wp.array3d[float], time_step: wp.array[float]):
    i, j = wp.tid()
    dt = time_step[0]
    for k in range(smoke.shape[2]):
        rate = source[i, j, k]
        smoke[i, j, k] = smoke[i, j, k] + rate * dt


@wp.kernel
def init_kh(
    grid_dx: wp.array[float],
    domain_size: wp.array[float],
    shear_speed: wp.array[float],
    layer_width: wp.array[float],
    amplitude: wp.array[float],
    u_face: wp.array2d[float],
    vel_y: wp.array2d[float],
    density: wp.array2d[float],
):
    i, j = wp.tid()
    amp = amplitude[0]
    half_width = layer_width[0]
    u0 = shear_speed[0]
    size = domain_size[0]
    dx = grid_dx[0]
    # cell centres, y measured from the middle of the domain
    x = (float(i) + 0.5) * dx
    y = (float(j) + 0.5) * dx - 0.5 * size
    # fast strip |y| < w in the middle, slower flow the other way outside
    u = -u0
    rho = 1.0
    if y > -half_width and y < half_width:
        u = u0
        rho = 2.0
    v = amp * wp.sin(2.0 * PI * x / size)
    u_face[i, j] = u
    vel_y[i, j] = v
    density[i, j] = rho
