import warp as wp


@wp.kernel
def update_field(q: wp.array3d[float], solid: wp.array3d[int], scale: float):
    i, j, k = wp.tid()
    if solid[i, j, k] != 0:
        q[i, j, k] = 0.0
        return
    q[i, j, k] = q[i, j, k] * scale
