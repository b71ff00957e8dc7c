import warp as wp


@wp.kernel
def conduct_heat(
    temperature: wp.array2d[float],
    diffusivity: float,
    delta_time: float,
    dx: float,
    source_strength: float,
    temperature_out: wp.array2d[float],
):
    i, j = wp.tid()
    width = temperature.shape[0]
    height = temperature.shape[1]
    center = temperature[i, j]
    if i == 0 or i == width - 1 or j == 0 or j == height - 1:
        temperature_out[i, j] = center
        return
    lap = (temperature[i - 1, j] + temperature[i + 1, j] + temperature[i, j - 1] + temperature[i, j + 1] - 4.0 * center) / (dx * dx)
    temperature_out[i, j] = center + delta_time * (diffusivity * lap + source_strength)
