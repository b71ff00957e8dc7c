import warp as wp


@wp.kernel
def batched_matvec(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    a = mats[tid]
    b = rhs[tid]
    vecs = wp.mat33()
    vals = wp.vec3()
    wp.eig3(a + wp.transpose(a), vecs, vals)
    spectrum = vecs * vals
    point = b + spectrum
    vecs_2 = wp.mat33()
    vals_2 = wp.vec3()
    wp.eig3(a + wp.transpose(a), vecs_2, vals_2)
    eigvals = vecs_2 * vals_2
    vecs_3 = wp.mat33()
    vals_3 = wp.vec3()
    wp.eig3(wp.transpose(a + wp.mat33(10.0, 4.0, 10.0, 0.25, 4.0, 2.0, 1.0, 2.0, 0.5)) + wp.transpose(wp.transpose(a + wp.mat33(10.0, 4.0, 10.0, 0.25, 4.0, 2.0, 1.0, 2.0, 0.5))), vecs_3, vals_3)
    eigvals_2 = vecs_3 * vals_3
    m = wp.identity(n=3, dtype=float) * wp.length(point) + wp.identity(n=3, dtype=float) * wp.length(eigvals) + wp.identity(n=3, dtype=float) * wp.length(eigvals_2)
    out_mats[tid] = m
    out_vecs[tid] = m * b
