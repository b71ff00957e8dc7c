import warp as wp


@wp.kernel
def make_grid_points(cell_size: float, positions: wp.array2d[wp.vec2]):
    i, j = wp.tid()
    positions[i, j] = wp.vec2((float(i) + 0.5) * cell_size, (float(j) + 0.5) * cell_size)
