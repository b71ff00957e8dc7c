import warp as wp


@wp.kernel
def block_jacobi_step(
    covariances: wp.array(dtype=wp.mat33),
    b: wp.array(dtype=wp.vec3),
    u: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    d = wp.get_diag(covariances[tid])
    d = wp.max(d, wp.vec3(1.0e-6))
    u[tid] = wp.cw_div(b[tid], d)
