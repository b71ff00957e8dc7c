import warp as wp


@wp.kernel
def apply_sign(values: wp.array(dtype=float), b: wp.array(dtype=float), y: wp.array(dtype=float)):
    tid = wp.tid()
    y[tid] = wp.abs(values[tid]) * wp.sign(b[tid])
