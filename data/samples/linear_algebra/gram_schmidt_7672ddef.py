import warp as wp


@wp.kernel
def gram_schmidt(
    directions: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
    R_out: wp.array[wp.mat33],
):
    tid = wp.tid()
    d = directions[tid]
    n = normals[tid]
    binormal = wp.normalize(wp.cross(d, n))
    tangent = wp.cross(n, binormal)
    rot_mat = wp.matrix_from_rows(tangent, n, binormal)
    Q, R = wp.qr3(rot_mat)
    # QR is unique only up to signs: make the diagonal of R positive
    signs = wp.vec3(1.0)
    for k in range(3):
        if R[k, k] < 0.0:
            signs[k] = -1.0
    R_out[tid] = Q @ wp.diag(signs)
