import warp as wp


@wp.kernel
def qr_frames(body_inv_mass: wp.array(dtype=float), rotation_matrices: wp.array(dtype=wp.mat33)):
    tid = wp.tid()
    w = body_inv_mass[tid]
    # zero inverse mass: kinematic, nothing to do
    if w == 0.0:
        return
    Q, R = wp.qr3(rotation_matrices[tid])
    # QR is unique only up to signs: make the diagonal of R positive
    signs = wp.vec3(1.0)
    for k in range(3):
        if R[k, k] < 0.0:
            signs[k] = -1.0
    rotation_matrices[tid] = Q @ wp.diag(signs)
