import warp as wp


@wp.kernel
def compute_inverse(
    deformation_gradients: wp.array[wp.mat33],
    num_active: int,
    cofactors: wp.array[wp.mat33],
):
    tid = wp.tid()
    if tid >= num_active:
        return
    F = deformation_gradients[tid]
    det = wp.determinant(F)
    # well-conditioned by construction: no singularity test
    inv = wp.inverse(F)
    # Nanson's formula: area-weighted normals map with J F^-T
    cofactors[tid] = det * wp.transpose(inv)
