import warp as wp


@wp.kernel
def invert_small_matrices(
    deformation_gradients: wp.array(dtype=wp.mat22),
    Dm_inv: wp.array(dtype=wp.mat22),
):
    tid = wp.tid()
    F = deformation_gradients[tid]
    det = wp.determinant(F)
    inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F), wp.mat22(0.0))
    Dm_inv[tid] = inv
