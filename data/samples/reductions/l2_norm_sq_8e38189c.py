import warp as wp


@wp.kernel
def l2_norm_sq(u: wp.array(dtype=wp.vec2), total: wp.array(dtype=float)):
    tid = wp.tid()
    a = u[tid]
    # infinity norm over all components
    wp.atomic_max(total, 0, wp.max(wp.abs(a)))
