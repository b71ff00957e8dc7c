import warp as wp


@wp.kernel
def diffuse_explicit(
    temp: wp.array2d[float],
    sources: wp.array2d[float],
    temp_new: wp.array2d[float],
    diffusivity: float,
    dt: float,
    h: float,
):
    i, j = wp.tid()
    width = temp.shape[0]
    height = temp.shape[1]
    center = temp[i, j]
    if i == 0 or i == width - 1 or j == 0 or j == height - 1:
        temp_new[i, j] = center
        return
    lap = (temp[i - 1, j] + temp[i + 1, j] + temp[i, j - 1] + temp[i, j + 1] - 4.0 * center) / (h * h)
    temp_new[i, j] = center + dt * (diffusivity * lap + sources[i, j])
