import warp as wp


@wp.kernel
def update_voxels(
    field: wp.array3d(dtype=float),
    emission: wp.array3d(dtype=float),
    field_out: wp.array3d(dtype=float),
    dt: float,
):
    i, j, k = wp.tid()
    c = field[i, j, k]
    field_out[i, j, k] = c + (emission[i, j, k] - 0.1 * c) * dt
