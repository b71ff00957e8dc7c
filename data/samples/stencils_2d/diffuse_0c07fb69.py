import warp as wp


@wp.kernel
def diffuse(field: wp.array2d(dtype=float), alpha: float, out: wp.array2d(dtype=float)):
    i, j = wp.tid()
    rows = field.shape[0]
    cols = field.shape[1]
    center = field[i, j]
    north = field[wp.max(i - 1, 0), j]
    south = field[wp.min(i + 1, rows - 1), j]
    west = field[i, wp.max(j - 1, 0)]
    east = field[i, wp.min(j + 1, cols - 1)]
    out[i, j] = center + alpha * (north + south + east + west - 4.0 * center) + north
