import warp as wp


@wp.kernel
def jacobi_precondition(sym_mats: wp.array[wp.mat33], v: wp.array[wp.vec3], lhs: wp.array[wp.vec3]):
    tid = wp.tid()
    cov = sym_mats[tid]
    d = wp.get_diag(cov)
    scaled = wp.vec3()
    for k in range(3):
        if wp.abs(d[k]) > 1.0e-6:
            scaled[k] = v[tid][k] / d[k]
    lhs[tid] = scaled
