import warp as wp


@wp.kernel
def qr_frames(
    orientations: wp.array[wp.quat],
    spin_rate: wp.vec3,
    time_step: float,
    rotation_matrices: wp.array[wp.mat33],
):
    """Re-orthonormalize drifting rotation matrices with a QR decomposition (positive diagonal of R)."""
    tid = wp.tid()
    q = orientations[tid]
    rot_mat = wp.quat_to_matrix(q)
    rot_new = rot_mat + wp.skew(spin_rate) @ rot_mat * time_step
    Q, R = wp.qr3(rot_new)
    # QR is unique only up to signs: make the diagonal of R positive
    signs = wp.vec3(1.0)
    for k in range(3):
        if R[k, k] < 0.0:
            signs[k] = -1.0
    rotation_matrices[tid] = Q @ wp.diag(signs)
