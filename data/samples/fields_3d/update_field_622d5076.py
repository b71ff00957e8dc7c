import warp as wp


@wp.kernel
def update_field(field: wp.array3d[float], solid: wp.array3d[int], s: float):
    i, j, k = wp.tid()
    if solid[i, j, k] != 0:
        field[i, j, k] = 0.0
        return
    field[i, j, k] *= s
