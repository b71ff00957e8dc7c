import warp as wp


@wp.kernel
def qr_frames(
    normals: wp.array(dtype=wp.vec3),
    active_count: int,
    orientation: wp.quat,
    local_axis: wp.vec3,
    rotations_out: wp.array(dtype=wp.mat33),
):
    tid = wp.tid()
    if tid >= active_count:
        return
    n = normals[tid]

    # orthonormal frame from a tangent and a normal
    binormal = wp.normalize(wp.cross(wp.quat_rotate(orientation, local_axis), n))
    tangent = wp.cross(n, binormal)
    basis = wp.matrix_from_rows(tangent, n, binormal)
    Q, R = wp.qr3(basis)
    # QR is unique only up to signs: make the diagonal of R positive
    signs = wp.vec3(1.0)
    for k in range(3):
        if R[k, k] < 0.0:
            signs[k] = -1.0
    rotations_out[tid] = Q @ wp.diag(signs)
