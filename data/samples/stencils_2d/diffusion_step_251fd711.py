import warp as wp


def create_diffusion_step_kernel(periodic: bool):
    @wp.kernel
    def diffusion_step(
        temperature: wp.array2d(dtype=float),
        kappa: float,
        time_step: float,
        cell_size: float,
        temperature_out: wp.array2d(dtype=float),
    ):
        i, j = wp.tid()
        nx = temperature.shape[0]
        ny = temperature.shape[1]
        if wp.static(periodic):
            # neighbours wrap around the grid
            il = (i - 1 + nx) % nx
            ir = (i + 1) % nx
            jd = (j - 1 + ny) % ny
            ju = (j + 1) % ny
        else:
            # mirror at the walls: no flux leaves the grid
            il = wp.max(i - 1, 0)
            ir = wp.min(i + 1, nx - 1)
            jd = wp.max(j - 1, 0)
            ju = wp.min(j + 1, ny - 1)
        center = temperature[i, j]
        lap = (temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju] - 4.0 * center) / (cell_size * cell_size)
        value = center + time_step * kappa * lap
        temperature_out[i, j] = value
    return diffusion_step


diffusion_step_walled = create_diffusion_step_kernel(False)
