import warp as wp


@wp.kernel
def squared_norm(u: wp.array(dtype=wp.vec4), total: wp.array(dtype=float)):
    """Sum of squared lengths (take the square root on the host for the L2 norm)."""
    tid = wp.tid()
    a = u[tid]
    wp.atomic_add(total, 0, wp.length_sq(a))
