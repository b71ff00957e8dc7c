import warp as wp


@wp.kernel
def diffuse_heat(
    temp: wp.array2d[float],
    emitter: wp.array2d[float],
    kappa: float,
    dt: float,
    dx: float,
    temperature_out: wp.array2d[float],
):
    """Diffuse temperature one time step with a heat source (forward Euler, fixed boundary)."""
    i, j = wp.tid()
    width = temp.shape[0]
    height = temp.shape[1]
    center = temp[i, j]
    if i == 0 or i == width - 1 or j == 0 or j == height - 1:
        temperature_out[i, j] = center
        return
    q = emitter[i, j]
    lap = (temp[i - 1, j] + temp[i + 1, j] + temp[i, j - 1] + temp[i, j + 1] - 4.0 * center) / (dx * dx)
    temperature_out[i, j] = center + dt * (kappa * lap + q)
