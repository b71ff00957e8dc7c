import warp as wp


@wp.kernel
def apply_gain_offset(
    values: wp.array(dtype=wp.float64),
    out: wp.array(dtype=wp.float64),
    gain: wp.float64,
    bias: wp.float64,
):
    tid = wp.tid()
    out[tid] = bias + gain * values[tid]
