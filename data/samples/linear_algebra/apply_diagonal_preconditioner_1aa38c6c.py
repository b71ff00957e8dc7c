import warp as wp


@wp.kernel
def apply_diagonal_preconditioner(
    covariances: wp.array[wp.mat33],
    v: wp.array[wp.vec3],
    u: wp.array[wp.vec3],
):
    tid = wp.tid()
    C = covariances[tid]
    d = wp.get_diag(C)
    scaled = wp.vec3()
    for k in range(3):
        if wp.abs(d[k]) > 1.0e-6:
            scaled[k] = v[tid][k] / d[k]
    u[tid] = scaled
