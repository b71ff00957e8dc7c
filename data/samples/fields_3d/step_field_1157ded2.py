import warp as wp


@wp.kernel
def step_field(field: wp.array3d[wp.vec3], scale: float, result: wp.array3d[wp.vec3]):
    i, j, k = wp.tid()
    result[i, j, k] = field[i, j, k] * scale


@wp.kernel
def init_field(
    cell_size: float,
    spatial_freq: float,
    height_scale: float,
    field_out: wp.array3d[float],
):
    i, j, k = wp.tid()
    x = (float(i) + 0.5) * cell_size
    y = (float(j) + 0.5) * cell_size
    z = (float(k) + 0.5) * cell_size
    field_out[i, j, k] = height_scale * wp.cos(spatial_freq * (x + y + z))
