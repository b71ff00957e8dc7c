import warp as wp


@wp.kernel
def update_e(
    hx: wp.array2d[float],
    h_y: wp.array2d[float],
    timestep_counter: wp.array[int],
    dt_dx: float,
    loss: float,
    src_i: int,
    source_j: int,
    amplitude: float,
    omega: float,
    time_step: float,
    e_z: wp.array2d[float],
):
    """Advance E_z one step from the curl of H (2D TM Yee scheme), with a point source."""
    i, j = wp.tid()
    if i == 0 or j == 0:
        return
    t = float(timestep_counter[0]) * time_step
    curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])
    e = loss * e_z[i, j] + dt_dx * curl
    if i == src_i and j == source_j:
        s = amplitude * wp.sin(omega * t)
        e = s
    e_z[i, j] = e
