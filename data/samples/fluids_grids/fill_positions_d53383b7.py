import warp as wp


@wp.kernel
def fill_positions(cell_size: float, grid_points: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    grid_points[i, j] = wp.vec3((float(i) + 0.5) * cell_size, 0.0, (float(j) + 0.5) * cell_size)
