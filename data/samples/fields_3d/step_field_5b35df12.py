import warp as wp


@wp.kernel
def step_field(q: wp.array3d[float], mask: wp.array3d[int], time_step: float):
    """One explicit step of a source-decay equation on a 3D grid."""
    i, j, k = wp.tid()
    if mask[i, j, k] == 1:
        return
    q[i, j, k] *= 1.0 - 0.1 * time_step
