import warp as wp


@wp.kernel
def compute_inverse(
    systems: wp.array[wp.mat22],
    b: wp.array[wp.vec2],
    num_active: wp.int32,
    x: wp.array[wp.vec2],
):
    """Small-matrix inverse per thread, with what the caller needs from it."""
    tid = wp.tid()
    if tid >= num_active:
        return
    A = systems[tid]
    rhs = b[tid]
    inv = wp.inverse(A)
    x[tid] = wp.mul(inv, rhs)
