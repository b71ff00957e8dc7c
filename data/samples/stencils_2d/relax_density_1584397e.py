import warp as wp


@wp.kernel
def relax_density(
    dye: wp.array2d(dtype=float),
    density_out: wp.array2d(dtype=float),
    diffusivity: float,
):
    """Smooth the density field with a 3x3 filter (clamped at the borders)."""
    i, j = wp.tid()
    width = dye.shape[0]
    height = dye.shape[1]
    total = float(0.0)
    for a in range(3):
        for b in range(3):
            di = a - 1
            dj = b - 1
            x = wp.clamp(i + di, 0, width - 1)
            y = wp.clamp(j + dj, 0, height - 1)
            total += dye[x, y]
    mean = total * wp.static(1.0 / 9.0)
    # move part of the way towards the local mean
    rho_new = dye[i, j] + diffusivity * (mean - dye[i, j])
    density_out[i, j] = rho_new * (1.0 - 0.01)
