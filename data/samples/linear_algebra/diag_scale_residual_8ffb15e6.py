import warp as wp


@wp.kernel
def diag_scale_residual(
    deformation_gradients: wp.array[wp.mat33],
    v: wp.array[wp.vec3],
    a: wp.array[wp.vec3],
):
    tid = wp.tid()
    F = deformation_gradients[tid]
    w = v[tid]
    d = wp.get_diag(wp.transpose(F) @ F)
    scaled = wp.vec3()
    for k in range(3):
        if wp.abs(d[k]) > 1.0e-6:
            scaled[k] = w[k] / d[k]
    a[tid] = scaled
