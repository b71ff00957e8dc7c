import warp as wp


@wp.kernel
def gather_and_scale(
    src: wp.array(dtype=wp.vec2),
    perm: wp.array(dtype=int),
    weights: wp.array(dtype=float),
    dst: wp.array(dtype=wp.vec2),
):
    tid = wp.tid()
    dst[tid] += weights[tid] * src[perm[tid]]
