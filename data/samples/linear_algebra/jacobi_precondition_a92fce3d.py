import warp as wp


@wp.kernel
def jacobi_precondition(F: wp.array[wp.mat33], v: wp.array[wp.vec3], lhs: wp.array[wp.vec3]):
    """z = D^-1 r with D the diagonal of each block."""
    tid = wp.tid()
    Fe = F[tid]
    w = v[tid]
    d = wp.get_diag(wp.transpose(Fe) @ Fe)
    scaled = wp.vec3()
    for k in range(3):
        if wp.abs(d[k]) > 1.0e-6:
            scaled[k] = w[k] / d[k]
    lhs[tid] = scaled
