import warp as wp


@wp.func
def lookup_vel(f: wp.array2d[wp.vec2], x: int, y: int):
    # zero outside the grid
    if x < 0 or x >= f.shape[0] or y < 0 or y >= f.shape[1]:
        return wp.vec2()
    return f[x, y]


@wp.func
def sample_vel(f: wp.array2d[wp.vec2], x: float, y: float):
    return lookup_vel(f, int(wp.round(x)), int(wp.round(y)))


@wp.kernel
def semi_lagrangian_advect(
    vel: wp.array2d[wp.vec2],
    delta_time: float,
    cell_size: float,
    u1: wp.array2d[wp.vec2],
):
    """Semi-Lagrangian advection: trace each cell centre back along the velocity and sample there."""
    i, j = wp.tid()

    # trace backward, in cells
    p = wp.vec2(float(i), float(j)) - vel[i, j] * (delta_time / cell_size)
    u1[i, j] = sample_vel(vel, p[0], p[1])
