import warp as wp


@wp.kernel
def compute_inverse(
    deformation_gradients: wp.array[wp.mat33],
    rest_inv: wp.array[wp.mat33],
    active_count: wp.int32,
):
    """Small-matrix inverse per thread, with what the caller needs from it."""
    tid = wp.tid()
    if tid >= active_count:
        return
    Fe = deformation_gradients[tid]
    det = wp.determinant(Fe)
    inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(Fe), wp.identity(n=3, dtype=float))
    rest_inv[tid] = inv
