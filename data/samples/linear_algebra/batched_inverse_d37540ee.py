import warp as wp


@wp.kernel
def batched_inverse(F: wp.array[wp.mat33], cofactors: wp.array[wp.mat33]):
    tid = wp.tid()
    det = wp.determinant(F[tid])
    # select without branching; singular matrices get the fallback
    inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F[tid]), wp.identity(n=3, dtype=float))
    # Nanson's formula: area-weighted normals map with J F^-T
    cofactors[tid] = det * wp.transpose(inv)
