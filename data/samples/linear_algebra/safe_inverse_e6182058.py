import warp as wp


@wp.kernel
def safe_inverse(
    F: wp.array(dtype=wp.mat33),
    Dm_inv: wp.array(dtype=wp.mat33),
    J: wp.array(dtype=float),
):
    tid = wp.tid()
    det = wp.determinant(F[tid])
    inv = wp.mat33(0.0)
    if wp.abs(det) > 1.0e-8:
        inv = wp.inverse(F[tid])
    Dm_inv[tid] = inv
    J[tid] = det
