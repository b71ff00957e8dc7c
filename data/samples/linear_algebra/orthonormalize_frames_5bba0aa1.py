import warp as wp


@wp.kernel
def orthonormalize_frames(
    rotation_matrices: wp.array[wp.mat33],
    angular_velocities: wp.array[wp.vec3],
    time_step: float,
    rotations_out: wp.array[wp.mat33],
):
    """Re-orthonormalize drifting rotation matrices with a QR decomposition (positive diagonal of R)."""
    tid = wp.tid()
    omega = angular_velocities[tid]
    rot_mat = rotation_matrices[tid]
    rot_new = rot_mat + wp.skew(omega) @ rot_mat * time_step
    Q, R = wp.qr3(rot_new)
    # QR is unique only up to signs: make the diagonal of R positive
    signs = wp.vec3(1.0)
    for k in range(3):
        if R[k, k] < 0.0:
            signs[k] = -1.0
    rotations_out[tid] = Q @ wp.diag(signs)
