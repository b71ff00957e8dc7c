import warp as wp


@wp.kernel
def advance_field(
    field: wp.array3d[float],
    source: wp.array3d[float],
    field_out: wp.array3d[float],
    dt: float,
):
    """Per-voxel update of a 3D field: sources add, the field decays, solid cells stay empty."""
    i, j, k = wp.tid()
    c = field[i, j, k]
    field_out[i, j, k] = c + (source[i, j, k] - 0.1 * c) * dt
