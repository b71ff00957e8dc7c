import warp as wp


@wp.kernel
def gram_schmidt(rotation_matrices: wp.array[wp.mat33]):
    tid = wp.tid()
    rot_mat = rotation_matrices[tid]
    Q, R = wp.qr3(rot_mat)
    # QR is unique only up to signs: make the diagonal of R positive
    signs = wp.vec3(1.0)
    for k in range(3):
        if R[k, k] < 0.0:
            signs[k] = -1.0
    rotation_matrices[tid] = Q @ wp.diag(signs)
