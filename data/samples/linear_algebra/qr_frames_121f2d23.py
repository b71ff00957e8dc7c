import warp as wp


@wp.kernel
def qr_frames(
    rotations: wp.array[wp.quat],
    local_axes: wp.array[wp.vec3],
    rotation_matrices: wp.array[wp.mat33],
    plane_normal: wp.vec3,
):
    """Closest orthonormal frame of each matrix by QR."""
    tid = wp.tid()
    binormal = wp.normalize(wp.cross(wp.quat_rotate(rotations[tid], local_axes[tid]), plane_normal))
    tangent = wp.cross(plane_normal, binormal)
    frame = wp.matrix_from_rows(tangent, plane_normal, binormal)
    Q, R = wp.qr3(frame)
    # QR is unique only up to signs: make the diagonal of R positive
    signs = wp.vec3(1.0)
    for k in range(3):
        if R[k, k] < 0.0:
            signs[k] = -1.0
    rotation_matrices[tid] = Q @ wp.diag(signs)
