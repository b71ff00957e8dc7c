import warp as wp


PI = wp.constant(3.14159265358979)


@wp.kernel
def init_mode(cell_size: float, amplitude: float, field_out: wp.array3d[float]):
    i, j, k = wp.tid()
    x = float(i) * cell_size
    y = float(j) * cell_size
    z = float(k) * cell_size
    # lowest mode of a box with fixed walls
    field_out[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)
