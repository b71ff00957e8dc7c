import warp as wp


@wp.kernel
def extract_rotations_2d(F2: wp.array(dtype=wp.mat22), polar_out: wp.array(dtype=wp.vec2)):
    tid = wp.tid()
    F = F2[tid]
    U = wp.mat22()
    sigma = wp.vec2()
    V = wp.mat22()
    wp.svd2(F, U, sigma, V)
    # principal stretches, largest first
    polar_out[tid] = sigma
