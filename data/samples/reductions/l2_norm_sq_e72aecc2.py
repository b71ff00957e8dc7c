import warp as wp


@wp.kernel
def l2_norm_sq(u: wp.array(dtype=wp.vec2), sum_out: wp.array(dtype=float)):
    tid = wp.tid()
    a = u[tid]
    wp.atomic_add(sum_out, 0, wp.length_sq(a))
