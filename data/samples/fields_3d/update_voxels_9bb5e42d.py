import warp as wp


@wp.kernel
def update_voxels(
    field: wp.array3d[wp.vec3],
    obstacle: wp.array3d[int],
    field_out: wp.array3d[wp.vec3],
    scale: float,
):
    i, j, k = wp.tid()
    if obstacle[i, j, k] == 1:
        return
    field_out[i, j, k] = field[i, j, k] * scale
