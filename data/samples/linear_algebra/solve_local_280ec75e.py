import warp as wp


@wp.kernel
def solve_local(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    a = mats[tid]
    b = rhs[tid]
    m = a
    out_mats[tid] = m
    out_vecs[tid] = m * b
